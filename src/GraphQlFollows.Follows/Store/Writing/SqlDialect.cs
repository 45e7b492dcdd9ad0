using GraphQlFollows.Follows.Store.Faults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// What the writer needs from each provider besides its tables: its own connection (see <see cref="WriteConnection"/>),
/// how a transaction takes the database's write lock, and how other instances hear of a commit.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>On PostgreSQL, the key of the transaction-scoped advisory lock that serializes commits (any fixed number).</summary>
    internal const long PostgresCommitLock = 0x6771_6c66_6c6f_67;

    /// <summary>The channel other instances LISTEN on.</summary>
    internal const string PostgresChannel = "follows_log";

    /// <summary>The sequence whose every value starts a commit's block of operation ids (see <see cref="Graph.OperationIds"/>).</summary>
    internal const string PostgresOperationIds = "operation_ids";

    /// <summary>Begins a PostgreSQL transaction holding the commit lock.</summary>
    internal static readonly string[] PostgresBeginLocked = ["BEGIN", $"SELECT pg_advisory_xact_lock({PostgresCommitLock})"];

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

    /// <summary>
    /// The writer's own connection, opened and set up. It is not pooled: the writer keeps it for its life, and a
    /// connection dropped after a failure must end its transaction with it rather than return to a pool.
    /// </summary>
    public abstract Task<WriteConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Statements that begin a transaction holding the database's write lock until it ends, so that commits, from
    /// this process or another, happen one at a time and each reads what the one before it committed.
    /// </summary>
    public abstract string[] BeginLocked { get; }

    /// <summary>
    /// Calls <paramref name="onCommit"/> whenever another connection commits to the log, until cancelled; never
    /// returns before that where the provider cannot tell (SQLite: other processes are found by polling instead).
    /// <paramref name="onLost"/> hears why listening stopped before it starts again.
    /// </summary>
    public abstract Task ListenAsync(Action onCommit, Action<Exception> onLost, CancellationToken cancellationToken);

    private sealed class SqliteDialect(string connectionString) : SqlDialect
    {
        public override Task<WriteConnection> OpenAsync(CancellationToken cancellationToken) =>
            SqliteWriteConnection.OpenAsync(connectionString, cancellationToken);

        // IMMEDIATE: the write lock is taken at the start, not at the first write.
        public override string[] BeginLocked => ["BEGIN IMMEDIATE"];

        public override Task ListenAsync(Action onCommit, Action<Exception> onLost, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private sealed class PostgresDialect(string connectionString) : SqlDialect
    {
        public override Task<WriteConnection> OpenAsync(CancellationToken cancellationToken) =>
            PostgresWriteConnection.OpenAsync(connectionString, cancellationToken);

        public override string[] BeginLocked => PostgresBeginLocked;

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
                    await using (var listen = new NpgsqlCommand($"LISTEN {PostgresChannel}", connection))
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
