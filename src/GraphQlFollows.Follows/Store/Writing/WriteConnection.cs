using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Writes;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// What a commit made: its operations, chained, in log order; how long it held the database-wide lock that orders
/// the log (the commit lock); and a task that completes once the commit is durable.
/// </summary>
internal sealed record CommitReceipt(IReadOnlyList<Operation> Appended, TimeSpan LockHeld, Task Durable);

/// <summary>
/// The writer's own connection to the database, with its statements prepared once for the connection's life. A
/// commit runs on it from <see cref="BeginAsync"/> through <see cref="CommitAsync"/>: it loads the rows its batch
/// named, reads the content of any retry's candidate, and writes what changed, chaining the operations its batch
/// appended onto the log. There is no rollback: a commit that fails drops the connection (see
/// <see cref="WriteStore.FailedAsync"/>), which ends the transaction.
/// </summary>
internal abstract class WriteConnection : IAsyncDisposable
{
    /// <summary>The SQL statements run since the commit began.</summary>
    public int Statements { get; protected set; }

    /// <summary>The commands sent to a database server since the commit began (none on SQLite, which runs in this process).</summary>
    public int RoundTrips { get; protected set; }

    /// <summary>
    /// Begins a commit. Where the database has a single writer (SQLite) this takes its write lock, so commits from
    /// this process or another take turns from here; elsewhere the rows are locked as they are loaded.
    /// </summary>
    public abstract Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Loads every row <paramref name="keys"/> names that exists into <paramref name="state"/>, having locked the rows
    /// the batch may change, and answers the first of the operation ids the commit may use (see <see cref="OperationIds"/>).
    /// </summary>
    public abstract Task<long> LoadAsync(CommitKeys keys, CommitState state);

    /// <summary>The signed content of each of <paramref name="operations"/> (operation ids).</summary>
    public abstract Task<IReadOnlyDictionary<long, string>> ReadContentsAsync(IReadOnlyCollection<long> operations);

    /// <summary>
    /// Writes <paramref name="changes"/>, appends its operations to the log (each given the next position and its
    /// chained digest, in the order they were decided) and commits. Answers once the commit is made and visible;
    /// callers are answered only once its <see cref="CommitReceipt.Durable"/> completes. Once the commit holds the
    /// commit lock it asks <paramref name="mayAppend"/>; when that answers false, the transaction is rolled back and
    /// the answer is null.
    /// </summary>
    public abstract Task<CommitReceipt?> CommitAsync(CommitChanges changes, Func<bool> mayAppend);

    /// <summary>Drops the rate buckets untouched since <paramref name="cutoffMs"/> (they have refilled and hold nothing), and commits.</summary>
    public abstract Task PruneRateBucketsAndCommitAsync(long cutoffMs);

    public abstract ValueTask DisposeAsync();

    /// <summary>Starts the counts of a new commit.</summary>
    protected void StartCounting()
    {
        Statements = 0;
        RoundTrips = 0;
    }

    /// <summary>Chains <paramref name="operations"/> onto the log after <paramref name="head"/>, in order.</summary>
    protected static List<Operation> Chain(ChainHead head, IReadOnlyList<Operation> operations)
    {
        var chained = new List<Operation>(operations.Count);
        foreach (var operation in operations)
        {
            chained.Add(head.Append(operation, out head));
        }
        return chained;
    }
}
