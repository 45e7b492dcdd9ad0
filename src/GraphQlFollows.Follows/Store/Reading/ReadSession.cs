using System.Data.Common;

namespace GraphQlFollows.Follows.Store.Reading;

/// <summary>
/// A connection of the reads and the commands prepared on it, one per <see cref="ReadStatement"/>, made on first
/// use. A session serves one call at a time.
/// </summary>
internal sealed class ReadSession(DbConnection connection, ReadDialect dialect, int statements) : IAsyncDisposable
{
    private readonly DbCommand?[] _commands = new DbCommand?[statements];

    public async ValueTask<DbCommand> CommandAsync(ReadStatement statement)
    {
        if (_commands[statement.Id] is { } prepared)
        {
            return prepared;
        }
        var command = connection.CreateCommand();
        command.CommandText = statement.Text;
        foreach (var (name, kind) in statement.Parameters)
        {
            command.Parameters.Add(dialect.Parameter(name, kind));
        }
        await command.PrepareAsync();
        _commands[statement.Id] = command;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
        await connection.DisposeAsync();
    }
}

/// <summary>
/// The reads' sessions. Where the dialect <see cref="ReadDialect.KeepsConnections"/> (SQLite), idle sessions are
/// kept for the next call with their prepared commands, up to <see cref="MaxIdle"/>; otherwise each call opens a
/// pooled connection of the provider and closes it again.
/// </summary>
internal sealed class ReadSessions(ReadDialect dialect, int statements) : IAsyncDisposable
{
    /// <summary>Reads on SQLite run on the calling thread, so about as many run at once as threads run requests.</summary>
    public static readonly int MaxIdle = Math.Max(8, 4 * Environment.ProcessorCount);

    private readonly Stack<ReadSession> _idle = new();
    private readonly Lock _lock = new();
    private bool _disposed;

    public async ValueTask<ReadSession> RentAsync()
    {
        lock (_lock)
        {
            if (_idle.TryPop(out var idle))
            {
                return idle;
            }
        }
        return new ReadSession(await dialect.OpenAsync(), dialect, statements);
    }

    /// <summary>Takes back a session whose call succeeded.</summary>
    public ValueTask ReturnAsync(ReadSession session)
    {
        if (dialect.KeepsConnections)
        {
            lock (_lock)
            {
                if (!_disposed && _idle.Count < MaxIdle)
                {
                    _idle.Push(session);
                    return ValueTask.CompletedTask;
                }
            }
        }
        return session.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        ReadSession[] idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }
        foreach (var session in idle)
        {
            await session.DisposeAsync();
        }
    }
}
