namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// How fast the writer has been committing lately, as seconds per write averaged over recent commits (each commit
/// weighs a fifth). Only commits of a full batch count: a small batch pays a whole durable sync for a few writes,
/// and would make a queue that commits in full batches look slower than it is.
/// </summary>
internal sealed class CommitRate(int fullBatch)
{
    private const double Weight = 0.2;
    private double _secondsPerWrite;

    /// <summary>Zero until a full batch has been committed.</summary>
    public double SecondsPerWrite => Volatile.Read(ref _secondsPerWrite);

    public void Record(int writes, TimeSpan elapsed)
    {
        if (writes < fullBatch)
        {
            return;
        }
        var sample = elapsed.TotalSeconds / writes;
        var previous = _secondsPerWrite;
        Volatile.Write(ref _secondsPerWrite, previous == 0 ? sample : previous + (Weight * (sample - previous)));
    }

    /// <summary>About how long <paramref name="writes"/> queued writes take to commit.</summary>
    public TimeSpan TimeToCommit(int writes) => TimeSpan.FromSeconds(writes * SecondsPerWrite);
}
