using System.Data;
using System.Threading.Channels;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The single writer of the graph. Writes queue up while a commit is on its way to disk and then go together
/// in the next transaction (group commit): one durable sync serves many callers, and because only this loop
/// writes, each write decides against the state left by the one before it. Every caller is answered after
/// the commit holding its write has returned.
/// <para>
/// One writer per database: two processes writing the same database would both extend the operation log
/// from the same head. A commit that fails (for instance on such a conflict) reloads the head and retries
/// each of its writes alone.
/// </para>
/// </summary>
internal sealed class GraphWriter : IAsyncDisposable
{
    private readonly IDbContextFactory<FollowsDbContext> _factory;
    private readonly TimeProvider _clock;
    private readonly int _maxPerCommit;
    private readonly Action<IReadOnlyList<OperationRecord>> _committed;
    private readonly Channel<PendingWrite> _queue =
        Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private ChainHead? _head;

    public GraphWriter(
        IDbContextFactory<FollowsDbContext> factory, TimeProvider clock, int maxPerCommit,
        Action<IReadOnlyList<OperationRecord>> committed)
    {
        _factory = factory;
        _clock = clock;
        _maxPerCommit = maxPerCommit;
        _committed = committed;
        _loop = Task.Run(RunAsync);
    }

    public Task<TResult> SubmitAsync<TResult>(PendingWrite<TResult> write)
    {
        if (!_queue.Writer.TryWrite(write))
        {
            write.Fail(new ObjectDisposedException(nameof(GraphWriter), "The follow graph is shutting down."));
        }
        return write.Completion;
    }

    /// <summary>Stops taking writes, commits those already queued, then returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(_maxPerCommit);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _maxPerCommit && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }
            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingWrite> batch)
    {
        IReadOnlyList<OperationRecord> appended;
        try
        {
            appended = await ApplyAsync(batch).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _head = null;
            if (batch.Count == 1)
            {
                batch[0].Fail(exception);
                return;
            }
            // One faulty write must not take the others down with it.
            foreach (var write in batch)
            {
                await CommitAsync([write]).ConfigureAwait(false);
            }
            return;
        }
        foreach (var write in batch)
        {
            write.Complete();
        }
        if (appended.Count > 0)
        {
            _committed(appended);
        }
    }

    private async Task<IReadOnlyList<OperationRecord>> ApplyAsync(IReadOnlyList<PendingWrite> batch)
    {
        await using var context = await _factory.CreateDbContextAsync().ConfigureAwait(false);
        await using var transaction = await context.Database
            .BeginTransactionAsync(IsolationLevel.Serializable).ConfigureAwait(false);
        var head = _head ?? await LoadHeadAsync(context).ConfigureAwait(false);
        var session = new WriteSession(context, head, _clock.GetUtcNow().ToUnixTimeMilliseconds());
        foreach (var write in batch)
        {
            await write.DecideAsync(session).ConfigureAwait(false);
        }
        if (context.ChangeTracker.HasChanges())
        {
            await context.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        _head = session.Head;
        return session.Appended;
    }

    private static async Task<ChainHead> LoadHeadAsync(FollowsDbContext context)
    {
        var last = await context.Operations.AsNoTracking()
            .OrderByDescending(o => o.Position)
            .Select(o => new { o.Position, o.Digest })
            .FirstOrDefaultAsync().ConfigureAwait(false);
        return last is null ? ChainHead.Empty : new ChainHead(last.Position, last.Digest);
    }
}
