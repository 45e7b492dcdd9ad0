using GraphQlFollows.Follows.Store.Faults;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's own connection to the database (<see cref="WriteConnection"/>), kept open between commits and opened
/// again after a failure. The writer reads and writes through statements of its own, made from the descriptions of
/// its tables (<see cref="Tables.WrittenTables"/>), rather than through EF Core's change tracking, whose per-row cost
/// would bound the write rate; EF Core keeps the model, the migrations and the reads.
/// <para>
/// After the database failed, commits are refused at once (with the same <see cref="StoreFault"/>) until a wait
/// that doubles from a quarter of a second to five seconds has passed: callers hear at once that the store is
/// unavailable instead of each waiting for a connection timeout, and the database is retried with backoff.
/// </para>
/// </summary>
internal sealed class WriteStore : IAsyncDisposable
{
    private readonly SqlDialect _dialect;
    private WriteConnection? _connection;
    private readonly RetryBackoff _backoff = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
    private StoreFault _lastFault;

    private WriteStore(SqlDialect dialect) => _dialect = dialect;

    /// <summary>A store writing the database that <paramref name="factory"/>'s contexts open.</summary>
    public static WriteStore For(IDbContextFactory<FollowsDbContext> factory)
    {
        using var context = factory.CreateDbContext();
        return new WriteStore(SqlDialect.For(context));
    }

    /// <summary>
    /// Begins a commit; it holds the database's write lock until it is committed or the store is reset. The caller
    /// reports any failure of the commit, this call's included, with <see cref="FailedAsync"/>.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The database failed a moment ago and is not retried yet.</exception>
    public async Task<WriteConnection> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (_backoff.IsWaiting)
        {
            throw new StoreUnavailableException(_lastFault, StoreFaults.Describe(_lastFault));
        }
        _connection ??= await _dialect.OpenAsync(cancellationToken);
        await _connection.BeginAsync(cancellationToken);
        _backoff.Succeeded();
        return _connection;
    }

    /// <summary>
    /// Drops the connection after a failure, so that the next commit starts on a fresh one; a failure of the
    /// database itself also starts (or lengthens) the wait before the next attempt.
    /// </summary>
    public async Task FailedAsync(Exception exception)
    {
        if (_backoff.IsWaiting)
        {
            // The commit was refused before it reached the database: nothing failed anew, and the wait keeps its end.
            return;
        }
        if (StoreFaults.Recognize(exception) is { } fault)
        {
            _lastFault = fault.Fault;
            _backoff.Failed();
        }
        await ResetAsync();
    }

    /// <summary>Calls <paramref name="onCommit"/> when another process commits to the log (see <see cref="SqlDialect.ListenAsync"/>).</summary>
    public Task ListenAsync(Action onCommit, Action<Exception> onLost, CancellationToken cancellationToken) =>
        _dialect.ListenAsync(onCommit, onLost, cancellationToken);

    private async Task ResetAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await ResetAsync();
}
