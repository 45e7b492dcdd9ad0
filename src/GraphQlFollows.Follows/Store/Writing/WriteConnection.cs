using GraphQlFollows.Follows.Graph;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's own connection to the database, with its statements prepared once for the connection's life. A
/// commit runs on it from <see cref="BeginAsync"/> (which takes the database's write lock) through
/// <see cref="CommitAsync"/>: it loads the rows its batch named, reads the content of any retry's candidate, and
/// writes back what changed. There is no rollback: a commit that fails drops the connection (see
/// <see cref="WriteStore.FailedAsync"/>), which ends the transaction.
/// </summary>
internal abstract class WriteConnection : IAsyncDisposable
{
    /// <summary>The SQL statements run since the commit began.</summary>
    public int Statements { get; protected set; }

    /// <summary>The commands sent to a database server since the commit began (none on SQLite, which runs in this process).</summary>
    public int RoundTrips { get; protected set; }

    /// <summary>Returns once a transaction holds the database's write lock: commits, from this process or another, take turns.</summary>
    public abstract Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Loads every row <paramref name="keys"/> names that exists into <paramref name="state"/>, and answers the log's head.</summary>
    public abstract Task<ChainHead> LoadAsync(CommitKeys keys, CommitState state);

    /// <summary>The signed content of each operation at <paramref name="positions"/>.</summary>
    public abstract Task<IReadOnlyDictionary<long, string>> ReadContentsAsync(IReadOnlyCollection<long> positions);

    /// <summary>
    /// Writes <paramref name="changes"/> and commits. Answers once the commit is made (and visible), with a task
    /// that completes once it is durable; callers are answered only then.
    /// </summary>
    public abstract Task<Task> CommitAsync(CommitChanges changes);

    /// <summary>Drops the rate buckets untouched since <paramref name="cutoffMs"/> (they have refilled and hold nothing), and commits.</summary>
    public abstract Task PruneRateBucketsAndCommitAsync(long cutoffMs);

    public abstract ValueTask DisposeAsync();

    /// <summary>Starts the counts of a new commit.</summary>
    protected void StartCounting()
    {
        Statements = 0;
        RoundTrips = 0;
    }
}
