using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's own connection to the database, kept open between commits and opened again after a failure. The
/// writer reads and writes through SQL of its own (<see cref="WriteTransaction"/>) rather than through EF Core's
/// change tracking, whose per-row cost would bound the write rate; EF Core keeps the model, the migrations and
/// the reads.
/// </summary>
internal sealed class WriteStore : IAsyncDisposable
{
    private readonly SqlDialect _dialect;
    private readonly WriteSql _sql;
    private readonly JsonRows _json = new();
    private DbConnection? _connection;
    private PreparedCommands? _commands;

    private WriteStore(SqlDialect dialect)
    {
        _dialect = dialect;
        _sql = new WriteSql(dialect);
    }

    /// <summary>A store writing the database that <paramref name="factory"/>'s contexts open.</summary>
    public static WriteStore For(IDbContextFactory<FollowsDbContext> factory)
    {
        using var context = factory.CreateDbContext();
        return new WriteStore(SqlDialect.For(context));
    }

    /// <summary>Begins a commit; it holds the database's write lock until it is committed or disposed.</summary>
    public async Task<WriteTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        _connection ??= _dialect.CreateConnection();
        _commands ??= new PreparedCommands(_connection);
        try
        {
            var transaction = await _dialect.BeginLockedAsync(_connection, cancellationToken);
            return new WriteTransaction(_commands, transaction, _sql, _json);
        }
        catch
        {
            await ResetAsync();
            throw;
        }
    }

    /// <summary>Calls <paramref name="onCommit"/> when another process commits to the log (see <see cref="SqlDialect.ListenAsync"/>).</summary>
    public Task ListenAsync(Action onCommit, CancellationToken cancellationToken) => _dialect.ListenAsync(onCommit, cancellationToken);

    /// <summary>Drops the connection after a failure, so that the next commit starts on a fresh one.</summary>
    public async Task ResetAsync()
    {
        if (_commands is { } commands)
        {
            _commands = null;
            await commands.DisposeAsync();
        }
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await ResetAsync();
}
