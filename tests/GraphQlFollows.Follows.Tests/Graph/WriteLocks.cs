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
