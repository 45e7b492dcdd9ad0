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

    /// <summary>
    /// The writer's own connection, opened and set up. It is not pooled: the writer keeps it for its life, and a
    /// connection dropped after a failure must end its transaction with it rather than return to a pool.
    /// </summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>On PostgreSQL, the key of the transaction-scoped advisory lock that serializes commits (any fixed number).</summary>
    internal const long PostgresCommitLock = 0x6771_6c66_6c6f_67;

    /// <summary>
    /// Statements that begin a transaction holding the database's write lock until it ends, so that commits, from
    /// this process or another, happen one at a time and each reads what the one before it committed.
    /// </summary>
    public abstract string[] BeginLocked { get; }

    /// <summary>
    /// Statements run inside each commit, telling other instances when it appended to the log (the JSON array
    /// <paramref name="operations"/> is not empty); none where no other instance can listen.
    /// </summary>
    public abstract string[] NotifyIfAppended(string operations);

    /// <summary>
    /// Calls <paramref name="onCommit"/> whenever another connection commits to the log, until cancelled; never
    /// returns before that where the provider cannot tell (SQLite: other processes are found by polling instead).
    /// <paramref name="onLost"/> hears why listening stopped before it starts again.
    /// </summary>
    public abstract Task ListenAsync(Action onCommit, Action<Exception> onLost, CancellationToken cancellationToken);

    private sealed class SqliteDialect(string connectionString) : SqlDialect
    {
        public override string Rows(string parameter) => $"json_each({parameter}) AS r";

        public override string Values(string parameter) => $"json_each({parameter}) AS r";

        public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(
                new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = SqlitePragmas.Connection;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }

        // IMMEDIATE: the write lock is taken at the start, not at the first write.
        public override string[] BeginLocked => ["BEGIN IMMEDIATE"];

        public override string[] NotifyIfAppended(string operations) => [];

        public override Task ListenAsync(Action onCommit, Action<Exception> onLost, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private sealed class PostgresDialect(string connectionString) : SqlDialect
    {
        /// <summary>The channel other instances LISTEN on; the payload is the new head position.</summary>
        public const string Channel = "follows_log";

        public override string Rows(string parameter) => $"jsonb_array_elements(CAST({parameter} AS jsonb)) AS r(value)";

        public override string Values(string parameter) => $"jsonb_array_elements_text(CAST({parameter} AS jsonb)) AS r(value)";

        public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            return connection;
        }

        public override string[] BeginLocked => ["BEGIN", $"SELECT pg_advisory_xact_lock({PostgresCommitLock})"];

        public override string[] NotifyIfAppended(string operations) =>
            // The rows' JSON text is compared, not parsed: parsing every appended operation once more took longer
            // than any other statement of the commit but two.
            [$"SELECT pg_notify('{Channel}', '') WHERE CAST({operations} AS text) <> '{WriteSql.NoRows}'"];

        public override async Task ListenAsync(Action onCommit, Action<Exception> onLost, CancellationToken cancellationToken)
        {
            var backoff = new RetryBackoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
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
                    backoff.Succeeded();
                    // Commits made while no connection listened are found by reading the log now.
                    onCommit();
                    while (true)
                    {
                        await connection.WaitAsync(cancellationToken);
                    }
                }
                catch (Exception exception) when (exception is NpgsqlException or System.IO.IOException or TimeoutException)
                {
                    // The database went away: listen again once it may be back, less often the longer it stays
                    // away; the feed polls meanwhile.
                    onLost(exception);
                    await Task.Delay(backoff.Failed(), cancellationToken);
                }
            }
        }
    }
}
