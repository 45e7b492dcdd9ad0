namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// Decides whether a write may join the writer's queue: it may not once the writes ahead of it would take longer
/// to commit than <see cref="FollowGraphOptions.MaxQueueWait"/>, judged from the recent commit rate, so that a
/// caller is refused at once instead of waiting past its time budget. (The queue's own bound,
/// <see cref="FollowGraphOptions.MaxQueuedWrites"/>, holds even before any rate is known.)
/// </summary>
internal sealed class WriteAdmission(FollowGraphOptions options, CommitRate rate)
{
    private static readonly TimeSpan MinRetryAfter = TimeSpan.FromSeconds(1);

    public CommitRate Rate { get; } = rate;

    /// <summary>The refusal of a write that would be the <paramref name="depth"/>th in the queue, or null to admit it.</summary>
    public GraphOverloadedException? Refusal(int depth)
    {
        // A queue shorter than one commit's worth is never too long: it goes in the next commit.
        if (depth <= options.MaxOperationsPerCommit)
        {
            return null;
        }
        var wait = Rate.TimeToCommit(depth);
        return wait > options.MaxQueueWait ? Full(depth) : null;
    }

    /// <summary>The refusal of a write that found the queue at <paramref name="depth"/>, full or too long.</summary>
    public GraphOverloadedException Full(int depth)
    {
        var drain = Rate.TimeToCommit(depth);
        var retryAfter = drain < MinRetryAfter ? MinRetryAfter : drain > options.MaxQueueWait ? options.MaxQueueWait : drain;
        return new GraphOverloadedException(retryAfter);
    }
}
