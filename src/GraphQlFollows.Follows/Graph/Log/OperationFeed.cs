using System.Collections.Concurrent;
using System.Threading.Channels;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Faults;
using GraphQlFollows.Follows.Store.Writing;
using GraphQlFollows.Follows.Telemetry;
using Microsoft.Extensions.Logging;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// Reports every operation of the log once, in log order, whichever process committed it. This process's commits
/// are handed over by the writer and reported straight from memory when they follow the last one reported; any
/// gap (another instance committed in between) is filled by reading the log from the last reported position.
/// The feed wakes on this process's commits, on the database's notifications of other commits (PostgreSQL
/// <c>LISTEN</c>), and at least once per poll interval, so a missed notification only delays an event.
/// </summary>
internal sealed class OperationFeed : IAsyncDisposable
{
    private readonly FollowQueries _log;
    private readonly WriteStore _store;
    private readonly TimeSpan _pollInterval;
    private readonly Action<IReadOnlyList<OperationProof>> _report;
    private readonly ILogger _logger;
    private readonly ConcurrentQueue<IReadOnlyList<Operation>> _local = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private Task _listener = Task.CompletedTask;
    private long _reported;
    private int _otherCommits;

    public OperationFeed(
        FollowQueries log, WriteStore store, TimeSpan pollInterval, Action<IReadOnlyList<OperationProof>> report, ILogger logger)
    {
        _log = log;
        _store = store;
        _pollInterval = pollInterval;
        _report = report;
        _logger = logger;
    }

    /// <summary>
    /// Starts after the operations already in the log, waiting for the database if it does not answer yet. The
    /// writer starts only after it (see <see cref="FollowGraph.StartAsync"/>), so that none of this process's
    /// commits can fall before the starting point.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired, or the feed was stopped, before the log could be read.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var starting = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, cancellationToken);
        _reported = await WithRetriesAsync(_log.CountOperationsAsync, starting.Token).ConfigureAwait(false);
        _loop = Task.Run(RunAsync);
        _listener = Task.Run(() => _store.ListenAsync(OtherCommitted, ListenFailed, _stop.Token));
    }

    /// <summary>The position of the last operation reported.</summary>
    public long Reported => Volatile.Read(ref _reported);

    /// <summary>Hands over the operations of a commit of this process (called by the writer, after the commit).</summary>
    public void Committed(IReadOnlyList<Operation> appended)
    {
        _local.Enqueue(appended);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>Stops the feed and closes the connections of its reads (the feed owns the queries it was made with); safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }
        await Task.WhenAll(_loop, _listener).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        await _log.DisposeAsync().ConfigureAwait(false);
    }

    private void OtherCommitted()
    {
        Volatile.Write(ref _otherCommits, 1);
        _wake.Writer.TryWrite(true);
    }

    private void ListenFailed(Exception exception) => FollowsLog.ListenFailed(_logger, exception);

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var polled = !await WaitAsync().ConfigureAwait(false);
            try
            {
                await ReportLocalCommitsAsync().ConfigureAwait(false);
                if (polled || Interlocked.Exchange(ref _otherCommits, 0) == 1)
                {
                    await CatchUpAsync().ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (!_stop.IsCancellationRequested)
            {
                // The next wake-up or poll tries again from the same position, so nothing is skipped.
                _logger.LogWarning(exception, "The operation feed could not read the log after position {Position}.", _reported);
            }
        }
    }

    /// <summary>Waits for a wake-up (true) or the poll interval (false).</summary>
    private async Task<bool> WaitAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(_pollInterval);
        try
        {
            await _wake.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ReportLocalCommitsAsync()
    {
        while (_local.TryPeek(out var commit))
        {
            if (commit[0].Position == _reported + 1)
            {
                Report(commit.Select(OperationProof.From).ToArray());
            }
            else if (commit[^1].Position > _reported)
            {
                await CatchUpAsync().ConfigureAwait(false);
            }
            _local.TryDequeue(out _);
        }
    }

    /// <summary>Reads and reports the log after the last reported position, up to its end.</summary>
    private async Task CatchUpAsync()
    {
        while (true)
        {
            var page = await _log.GetOperationsAsync(PageRequest.MaxSize, _reported).ConfigureAwait(false);
            if (page.Operations.Count > 0)
            {
                Report(page.Operations);
            }
            if (!page.HasNextPage)
            {
                return;
            }
        }
    }

    private void Report(IReadOnlyList<OperationProof> operations)
    {
        _report(operations);
        Volatile.Write(ref _reported, operations[^1].Position);
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        var backoff = new RetryBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5));
        while (true)
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                var delay = backoff.Failed();
                _logger.LogWarning(exception, "The operation feed could not read the log's end; retrying in {Delay}.", delay);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
