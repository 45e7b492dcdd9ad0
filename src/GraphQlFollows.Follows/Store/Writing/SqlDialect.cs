using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// What the writer's SQL needs from each provider. Both read a batch's rows from one JSON parameter, so every
/// statement of a commit has one parameter per table whatever the batch size, and both upsert with
/// <c>INSERT ... ON CONFLICT DO UPDATE</c>; they differ in how a JSON array becomes a table, how a transaction
/// takes the write lock, and how other instances hear of a commit.
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect For(StorageProvider provider, string connectionString) => provider switch
    {
        StorageProvider.Sqlite => new SqliteDialect(connectionString),
        StorageProvider.PostgreSql => new PostgresDialect(connectionString),
        _ => throw new ArgumentException($"Unknown storage provider {provider}."),
    };

    /// <summary>The dialect of the database <paramref name="context"/> opens.</summary>
    public static SqlDialect For(FollowsDbContext context)
    {
        var provider = context.Database.IsNpgsql() ? StorageProvider.PostgreSql : StorageProvider.Sqlite;
        var connectionString = context.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The follow store has no connection string.");
        return For(provider, connectionString);
    }

    /// <summary>A table source over a JSON array of arrays: each row's <c>r.value</c> is one inner array.</summary>
    public abstract string Rows(string parameter);

    /// <summary>A table source over a JSON array of scalars: each row's <c>r.value</c> is one element, as text or number.</summary>
    public abstract string Values(string parameter);

    public abstract DbConnection CreateConnection();

    /// <summary>On PostgreSQL, the key of the transaction-scoped advisory lock that serializes commits (any fixed number).</summary>
    internal const long PostgresCommitLock = 0x6771_6c66_6c6f_67;

    /// <summary>
    /// Begins a transaction that holds the database's write lock until it ends, so that commits, from this process or
    /// another, happen one at a time and each reads what the one before it committed.
    /// </summary>
    public abstract Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A statement run inside each commit that changed the log, telling other instances; null when none can listen.</summary>
    public abstract string? NotifySql { get; }

    /// <summary>
    /// Calls <paramref name="onCommit"/> whenever another connection commits to the log, until cancelled; never
    /// returns before that where the provider cannot tell (SQLite: other processes are found by polling instead).
    /// </summary>
    public abstract Task ListenAsync(Action onCommit, CancellationToken cancellationToken);

    private sealed class SqliteDialect(string connectionString) : SqlDialect
    {
        public override string Rows(string parameter) => $"json_each({parameter}) AS r";

        public override string Values(string parameter) => $"json_each({parameter}) AS r";

        public override DbConnection CreateConnection() => new SqliteConnection(connectionString);

        public override async Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken cancellationToken)
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync(cancellationToken);
                await using var pragmas = connection.CreateCommand();
                pragmas.CommandText = SqlitePragmas.Connection;
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }
            // BEGIN IMMEDIATE: the write lock is taken at the start, not at the first write.
            return ((SqliteConnection)connection).BeginTransaction(deferred: false);
        }

        public override string? NotifySql => null;

        public override Task ListenAsync(Action onCommit, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private sealed class PostgresDialect(string connectionString) : SqlDialect
    {
        /// <summary>The channel other instances LISTEN on; the payload is the new head position.</summary>
        public const string Channel = "follows_log";


        public override string Rows(string parameter) => $"jsonb_array_elements(CAST({parameter} AS jsonb)) AS r(value)";

        public override string Values(string parameter) => $"jsonb_array_elements_text(CAST({parameter} AS jsonb)) AS r(value)";

        public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

        public override async Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken cancellationToken)
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync(cancellationToken);
            }
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT pg_advisory_xact_lock({PostgresCommitLock})";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }

        public override string? NotifySql => $"SELECT pg_notify('{Channel}', '')";

        public override async Task ListenAsync(Action onCommit, CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await using var connection = new NpgsqlConnection(connectionString);
                    await connection.OpenAsync(cancellationToken);
                    connection.Notification += (_, _) => onCommit();
                    await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    {
                        await listen.ExecuteNonQueryAsync(cancellationToken);
                    }
                    // Commits made while no connection listened are found by reading the log now.
                    onCommit();
                    while (true)
                    {
                        await connection.WaitAsync(cancellationToken);
                    }
                }
                catch (Exception exception) when (exception is NpgsqlException or System.IO.IOException or TimeoutException)
                {
                    // The database went away: listen again once it may be back; the feed polls meanwhile.
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                }
            }
        }
    }
}
