using System.Diagnostics;
using System.Threading.Channels;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Faults;
using GraphQlFollows.Follows.Store.Writing;
using GraphQlFollows.Follows.Telemetry;
using Microsoft.Extensions.Logging;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// What one commit carried: the writes decided, the operations appended, the SQL statements it ran, the commands that
/// carried them, how long it took from its first statement to being committed, and how long of that it held the
/// database-wide commit lock (the serialized section: see docs/scaling.md).
/// </summary>
internal readonly record struct CommitStatistics(
    int Writes, int Appended, int Statements, int RoundTrips, TimeSpan Duration, TimeSpan LockHeld);

/// <summary>
/// The writer of the graph in this process. Writes queue up while a commit is being made and then go together in
/// the next transaction (group commit): one durable sync serves many callers. A commit loads every row its batch
/// touches (locked, where several instances write the database), lets each write decide in queue order against that
/// state (each sees the changes of the ones before it), writes the changed rows, appends the operations to the log
/// under the database-wide commit lock, and answers every caller once the commit is durable; meanwhile the writer
/// goes on with the next batch.
/// <para>
/// Because each commit reads its rows under their locks and appends under the commit lock, several processes may
/// write one database: their decisions overlap, their appends take turns, and each extends the log from the head
/// the previous one left (see <see cref="Store.Writing.WriteConnection"/> and docs/scaling.md).
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
    private readonly Channel<PendingWrite> _queue;
    private readonly WriteAdmission _admission;
    private readonly Action _onDropped;
    private Task _loop = Task.CompletedTask;
    private readonly Func<Task>? _holdDecisions;
    private long _lastPruneMs;
    private Task _answering = Task.CompletedTask;
    private int _queueDepth;
    private volatile bool _closed;

    public GraphWriter(
        WriteStore store, TimeProvider clock, FollowGraphOptions options, RateLimit rateLimit, OperationFeed feed, ILogger logger)
    {
        _logger = logger;
        _store = store;
        _clock = clock;
        _maxPerCommit = options.MaxOperationsPerCommit;
        _holdDecisions = options.HoldDecisions;
        _rateLimit = rateLimit;
        _feed = feed;
        // The channel's bound counts dropped writes the writer has not skipped yet too, so that memory stays
        // bounded even while a commit hangs and every queued caller gives up.
        _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(options.MaxQueuedWrites)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _admission = new WriteAdmission(options, new CommitRate(_maxPerCommit));
        _onDropped = () => Interlocked.Decrement(ref _queueDepth);
    }

    /// <summary>Starts committing what is queued; call once, after the operation feed has started.</summary>
    public void Start() => _loop = Task.Run(RunAsync);

    /// <summary>Writes waiting for a commit.</summary>
    public int QueueDepth => Volatile.Read(ref _queueDepth);

    /// <summary>Reported after each successful commit (tests and metrics).</summary>
    public event Action<CommitStatistics>? Committed;

    /// <summary>
    /// Queues a write, or refuses it at once with <see cref="GraphOverloadedException"/> when the queue is full or
    /// longer than can be committed in time. A write still queued when <paramref name="cancellationToken"/> fires
    /// is dropped (its task is cancelled); once its commit has begun, it is committed and answered.
    /// </summary>
    public Task<TResult> SubmitAsync<TResult>(PendingWrite<TResult> write, CancellationToken cancellationToken)
    {
        var depth = Interlocked.Increment(ref _queueDepth);
        if (_admission.Refusal(depth) is { } tooLong)
        {
            Interlocked.Decrement(ref _queueDepth);
            write.Fail(tooLong);
            return write.Completion;
        }
        write.DropOn(cancellationToken, _onDropped);
        if (!_queue.Writer.TryWrite(write) && write.TryTake())
        {
            Interlocked.Decrement(ref _queueDepth);
            write.Fail(_closed ? ShuttingDown() : _admission.Full(depth));
        }
        return write.Completion;
    }

    /// <summary>Stops taking writes, commits those already queued, then returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _closed = true;
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await _answering.ConfigureAwait(false);
        RefuseQueued();
        await _feed.DisposeAsync().ConfigureAwait(false);
        await _store.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Refuses the writes left in the queue when the writer never started (the host's start failed).</summary>
    private void RefuseQueued()
    {
        while (_queue.Reader.TryRead(out var write))
        {
            if (write.TryTake())
            {
                Interlocked.Decrement(ref _queueDepth);
                write.Fail(ShuttingDown());
            }
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(_maxPerCommit);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (SkipDropped())
            {
                await CommitAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    /// <summary>Removes the dropped writes at the head of the queue; true if a live one is left there.</summary>
    private bool SkipDropped()
    {
        while (_queue.Reader.TryPeek(out var write))
        {
            if (!write.IsDropped)
            {
                return true;
            }
            _queue.Reader.TryRead(out _);
        }
        return false;
    }

    private static ObjectDisposedException ShuttingDown() => new(nameof(GraphWriter), "The follow graph is shutting down.");

    /// <summary>Takes the writes queued so far, up to a commit's worth.</summary>
    private void TakeQueued(List<PendingWrite> batch)
    {
        var taken = 0;
        while (batch.Count < _maxPerCommit && _queue.Reader.TryRead(out var write))
        {
            // From here a caller that gives up is noticed when the commit has the commit lock (AllCommit).
            if (write.TryTake())
            {
                batch.Add(write);
                taken++;
            }
        }
        Interlocked.Add(ref _queueDepth, -taken);
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        CommitReceipt receipt;
        try
        {
            // The batch is taken once the commit has begun (on SQLite, once it holds the write lock): writes that arrive
            // while another instance commits join it.
            var started = Stopwatch.GetTimestamp();
            var connection = await _store.BeginAsync().ConfigureAwait(false);
            TakeQueued(batch);
            if (batch.Count == 0)
            {
                // Every write waiting was dropped while the commit began: whatever it holds is let go at once.
                await connection.CommitAsync(new CommitChanges(), static () => true).ConfigureAwait(false);
                return;
            }
            using var activity = WriteTracing.StartCommit(batch);
            try
            {
                // A write whose caller gave up before the commit lock was held is left out, and the batch decided again.
                CommitReceipt? committed;
                while ((committed = await ApplyAsync(connection, batch).ConfigureAwait(false)) is null)
                {
                    batch.RemoveAll(write => write.IsDropped);
                    if (batch.Count == 0)
                    {
                        return;
                    }
                    connection = await _store.BeginAsync().ConfigureAwait(false);
                }
                receipt = committed;
            }
            catch (Exception exception)
            {
                WriteTracing.Failed(activity, exception);
                throw;
            }
            _admission.Rate.Record(batch.Count, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception)
        {
            // The decisions were made against state that was not committed: none of them stands.
            await _store.FailedAsync(exception).ConfigureAwait(false);
            TakeQueued(batch);
            Fail(batch, exception);
            return;
        }
        _answering = AnswerWhenDurableAsync(_answering, receipt.Durable, batch.ToArray(), receipt.Appended);
        await PruneRateBucketsAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Answers a commit's callers once it is durable, and hands its operations to the feed; after the commit before
    /// it, so that the feed hears the commits in log order. The writer goes on with the next batch meanwhile.
    /// </summary>
    private async Task AnswerWhenDurableAsync(Task previous, Task durable, PendingWrite[] writes, IReadOnlyList<Operation> appended)
    {
        await previous.ConfigureAwait(false);
        try
        {
            await durable.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The commit was made but may not survive a crash: its callers must not be told it is done.
            Fail(writes, StoreFaults.Recognize(exception) ?? exception);
            return;
        }
        foreach (var write in writes)
        {
            write.Complete();
        }
        if (appended.Count > 0)
        {
            _feed.Committed(appended);
        }
    }

    private void Fail(IEnumerable<PendingWrite> writes, Exception exception)
    {
        var failed = writes.ToArray();
        FollowsLog.CommitFailed(_logger, failed.Length, exception);
        foreach (var write in failed)
        {
            write.Fail(exception);
        }
    }

    /// <summary>Decides and commits <paramref name="batch"/>; null when one of its callers gave up before the commit lock was held.</summary>
    private async Task<CommitReceipt?> ApplyAsync(WriteConnection connection, List<PendingWrite> batch)
    {
        var started = Stopwatch.GetTimestamp();
        var keys = new CommitKeys { WantsBuckets = _rateLimit.IsOn };
        foreach (var write in batch)
        {
            write.Declare(keys);
        }
        var state = new CommitState();
        var firstOperation = await connection.LoadAsync(keys, state).ConfigureAwait(false);
        var retries = new HashSet<long>();
        foreach (var write in batch)
        {
            write.DeclareRetries(state, retries);
        }
        var contents = retries.Count > 0 ? await connection.ReadContentsAsync(retries).ConfigureAwait(false) : NoContents;
        if (_holdDecisions is { } hold)
        {
            await hold().ConfigureAwait(false);
        }
        var session = new CommitSession(state, firstOperation, _clock.GetUtcNow().ToUnixTimeMilliseconds(), _rateLimit, contents);
        foreach (var write in batch)
        {
            write.Decide(session);
        }
        var receipt = await connection.CommitAsync(session.Changes, () => AllCommit(batch)).ConfigureAwait(false);
        if (receipt is null)
        {
            return null;
        }
        Committed?.Invoke(new CommitStatistics(
            batch.Count, receipt.Appended.Count, connection.Statements, connection.RoundTrips, Stopwatch.GetElapsedTime(started),
            receipt.LockHeld));
        return receipt;
    }

    /// <summary>Whether every write of the batch still has its caller: each that has is committed from here on.</summary>
    private static bool AllCommit(List<PendingWrite> batch)
    {
        var all = true;
        foreach (var write in batch)
        {
            all &= write.TryCommit();
        }
        return all;
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
            var connection = await _store.BeginAsync().ConfigureAwait(false);
            await connection.PruneRateBucketsAndCommitAsync(now - _rateLimit.WindowMs).ConfigureAwait(false);
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
