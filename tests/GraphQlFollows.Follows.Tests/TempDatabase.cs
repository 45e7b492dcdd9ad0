using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphQlFollows.Follows.Tests;

/// <summary>
/// A real, empty database removed on dispose: a SQLite file in its own temporary directory, or a fresh
/// database on the PostgreSQL server named by <see cref="PostgresFactAttribute.ServerVariable"/>.
/// </summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _drop;

    private TempDatabase(IDbContextFactory<FollowsDbContext> factory, FollowsStoreOptions options, string? filePath, Func<ValueTask> drop)
    {
        Factory = factory;
        Options = options;
        FilePath = filePath;
        _drop = drop;
    }

    public IDbContextFactory<FollowsDbContext> Factory { get; }
    public FollowsStoreOptions Options { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? FilePath { get; }

    /// <param name="commandTimeoutSeconds">
    /// On PostgreSQL, how long a statement may wait: longer than the store's default for a test that holds a lock on
    /// purpose, which is not a database that hangs.
    /// </param>
    public static async Task<TempDatabase> CreateAsync(
        bool migrate = true, StorageProvider provider = StorageProvider.Sqlite, int? commandTimeoutSeconds = null)
    {
        var database = provider == StorageProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync(commandTimeoutSeconds);
        if (migrate)
        {
            await FollowsStore.MigrateAsync(database.Factory);
        }
        return database;
    }

    public FollowsDbContext Open() => Factory.CreateDbContext();

    public ValueTask DisposeAsync() => _drop();

    private static TempDatabase CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gqlf-follows-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(directory, "follows.db");
        var options = FollowsStoreOptions.From("Sqlite", $"Data Source={file}");
        return new TempDatabase(FollowsStore.CreateFactory(options), options, file, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    private static async Task<TempDatabase> CreatePostgresAsync(int? commandTimeoutSeconds)
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ServerVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ServerVariable} is not set.");
        var name = "follows_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        // A small pool per test database keeps parallel tests under the server's connection limit.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 };
        if (commandTimeoutSeconds is { } timeout)
        {
            builder.CommandTimeout = timeout;
        }
        var connectionString = builder.ConnectionString;
        var options = FollowsStoreOptions.From("PostgreSql", connectionString);
        return new TempDatabase(FollowsStore.CreateFactory(options), options, null, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
