using System.Diagnostics;
using System.Threading.Channels;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;
using GraphQlFollows.Follows.Telemetry;
using Microsoft.Extensions.Logging;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// What one commit carried: the writes decided, the operations appended, the SQL statements it ran, the commands that
/// carried them, and how long it took from holding the write lock to being durable.
/// </summary>
internal readonly record struct CommitStatistics(int Writes, int Appended, int Statements, int RoundTrips, TimeSpan Duration);

/// <summary>
/// The writer of the graph in this process. Writes queue up while a commit is on its way to disk and then go
/// together in the next transaction (group commit): one durable sync serves many callers. A commit holds the
/// database's write lock, loads every row its batch touches with one statement per table, lets each write
/// decide in queue order against that state (each sees the changes of the ones before it), writes the changed
/// rows back with one statement per table, and answers every caller once the commit has returned.
/// <para>
/// Because each commit reads the state inside the lock, several processes may write one database: their commits
/// take turns, and each extends the log from the head the previous one left.
/// </para>
/// </summary>
internal sealed class GraphWriter : IAsyncDisposable
{
    private static readonly Dictionary<long, string> NoContents = [];

    private readonly WriteStore _store;
    private readonly TimeProvider _clock;
    private readonly int _maxPerCommit;
    private readonly RateLimit _rateLimit;
    private readonly OperationFeed _feed;
    private readonly ILogger _logger;
    private readonly Channel<PendingWrite> _queue =
        Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private long _lastPruneMs;
    private int _queueDepth;

    public GraphWriter(
        WriteStore store, TimeProvider clock, int maxPerCommit, RateLimit rateLimit, OperationFeed feed, ILogger logger)
    {
        _logger = logger;
        _store = store;
        _clock = clock;
        _maxPerCommit = maxPerCommit;
        _rateLimit = rateLimit;
        _feed = feed;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Writes waiting for a commit.</summary>
    public int QueueDepth => Volatile.Read(ref _queueDepth);

    /// <summary>Reported after each successful commit (tests and metrics).</summary>
    public event Action<CommitStatistics>? Committed;

    public Task<TResult> SubmitAsync<TResult>(PendingWrite<TResult> write)
    {
        Interlocked.Increment(ref _queueDepth);
        if (!_queue.Writer.TryWrite(write))
        {
            Interlocked.Decrement(ref _queueDepth);
            write.Fail(ShuttingDown());
        }
        return write.Completion;
    }

    /// <summary>Stops taking writes, commits those already queued, then returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (!_feed.IsStarted)
        {
            // The database never answered: stop waiting for it, and refuse what is queued.
            await _feed.DisposeAsync().ConfigureAwait(false);
        }
        await _loop.ConfigureAwait(false);
        await _feed.DisposeAsync().ConfigureAwait(false);
        await _store.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        if (!await _feed.TryStartAsync().ConfigureAwait(false))
        {
            while (_queue.Reader.TryRead(out var write))
            {
                Interlocked.Decrement(ref _queueDepth);
                write.Fail(ShuttingDown());
            }
            return;
        }
        var batch = new List<PendingWrite>(_maxPerCommit);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private static ObjectDisposedException ShuttingDown() => new(nameof(GraphWriter), "The follow graph is shutting down.");

    /// <summary>Takes the writes queued so far, up to a commit's worth.</summary>
    private void TakeQueued(List<PendingWrite> batch)
    {
        while (batch.Count < _maxPerCommit && _queue.Reader.TryRead(out var write))
        {
            batch.Add(write);
        }
        Interlocked.Add(ref _queueDepth, -batch.Count);
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        CommitRows rows;
        try
        {
            // The batch is taken once the lock is held: writes that arrive while another instance commits join it.
            var transaction = await _store.BeginAsync().ConfigureAwait(false);
            TakeQueued(batch);
            using var activity = WriteTracing.StartCommit(batch);
            try
            {
                rows = await ApplyAsync(transaction, batch).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                WriteTracing.Failed(activity, exception);
                throw;
            }
        }
        catch (Exception exception)
        {
            // The decisions were made against state that was not committed: none of them stands.
            await _store.FailedAsync(exception).ConfigureAwait(false);
            TakeQueued(batch);
            FollowsLog.CommitFailed(_logger, batch.Count, exception);
            foreach (var write in batch)
            {
                write.Fail(exception);
            }
            return;
        }
        foreach (var write in batch)
        {
            write.Complete();
        }
        if (rows.Appended.Count > 0)
        {
            _feed.Committed(rows.Appended);
        }
        await PruneRateBucketsAsync().ConfigureAwait(false);
    }

    private async Task<CommitRows> ApplyAsync(WriteTransaction transaction, List<PendingWrite> batch)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = new CommitRows { WantsRateBuckets = _rateLimit.IsOn };
        foreach (var write in batch)
        {
            write.Declare(rows);
        }
        var head = await transaction.ReadAsync(rows).ConfigureAwait(false) is var (position, digest)
            ? new ChainHead(position, digest)
            : ChainHead.Empty;
        var retries = new HashSet<long>();
        foreach (var write in batch)
        {
            write.DeclareRetries(rows, retries);
        }
        var contents = retries.Count > 0 ? await transaction.ReadContentsAsync(retries).ConfigureAwait(false) : NoContents;
        var session = new WriteSession(rows, head, _clock.GetUtcNow().ToUnixTimeMilliseconds(), _rateLimit, contents);
        foreach (var write in batch)
        {
            write.Decide(session);
        }
        if (rows.HasChanges)
        {
            await transaction.WriteAndCommitAsync(rows).ConfigureAwait(false);
        }
        else
        {
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        Committed?.Invoke(new CommitStatistics(
            batch.Count, rows.Appended.Count, transaction.Statements, transaction.RoundTrips, Stopwatch.GetElapsedTime(started)));
        return rows;
    }

    /// <summary>Once per rate window, drops the buckets idle for a whole window: they are full again.</summary>
    private async Task PruneRateBucketsAsync()
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (!_rateLimit.IsOn || now - _lastPruneMs < _rateLimit.WindowMs)
        {
            return;
        }
        _lastPruneMs = now;
        try
        {
            var transaction = await _store.BeginAsync().ConfigureAwait(false);
            await transaction.PruneRateBucketsAndCommitAsync(now - _rateLimit.WindowMs).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Pruning only saves space; the next window tries again, and a database that stays away shows in the
            // commits' own failures.
            FollowsLog.PruneFailed(_logger, exception);
            await _store.FailedAsync(exception).ConfigureAwait(false);
        }
    }
}
