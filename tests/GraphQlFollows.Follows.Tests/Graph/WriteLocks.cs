using GraphQlFollows.Follows.Store.Writing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>Holds a database's write lock from outside the graph, so that its writer waits and writes queue up.</summary>
internal static class WriteLocks
{
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The writer's queue did not reach the expected state within 60 s.");
            await Task.Delay(5);
        }
    }

    public static async Task<IAsyncDisposable> HoldSqliteWriteLockAsync(TempDatabase database)
    {
        var connection = new SqliteConnection($"Data Source={database.FilePath}");
        await connection.OpenAsync();
        var transaction = connection.BeginTransaction(deferred: false);
        return new Release(async () =>
        {
            await transaction.RollbackAsync();
            await connection.DisposeAsync();
        });
    }

    public static async Task<IAsyncDisposable> HoldPostgresCommitLockAsync(TempDatabase database)
    {
        var connection = new NpgsqlConnection(database.Options.EffectiveConnectionString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({SqlDialect.PostgresCommitLock})");
        return new Release(async () =>
        {
            // A session lock outlives the connection's return to the pool: release it by name.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({SqlDialect.PostgresCommitLock})");
            await connection.DisposeAsync();
        });
    }

    /// <summary>Waits until a connection waits for the PostgreSQL commit lock: a writer holds a decided batch.</summary>
    public static async Task WaitForCommitLockWaiterAsync(TempDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.Options.EffectiveConnectionString());
        await connection.OpenAsync();
        // The one-number form of an advisory lock keeps the number's high half in classid and its low half in objid.
        var sql = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted " +
            $"AND classid::bigint = {SqlDialect.PostgresCommitLock >> 32} AND objid::bigint = {SqlDialect.PostgresCommitLock & 0xFFFF_FFFF}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "No writer waited for the commit lock within 60 s.");
            await Task.Delay(5);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Release(Func<ValueTask> release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => release();
    }
}
