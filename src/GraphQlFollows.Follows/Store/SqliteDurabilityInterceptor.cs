using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// Sets, on every connection, the SQLite pragmas that are not stored in the file: synchronous=FULL syncs the
/// WAL at each commit, so a commit is durable before it is acknowledged, and the busy timeout makes a reader
/// that meets a checkpoint wait instead of failing. WAL itself is stored in the file (see
/// <see cref="FollowsStore.MigrateAsync"/>).
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    // A pooled connection keeps its native handle between opens, and the pragmas live on the handle: each handle is
    // set up once rather than costing every read an extra statement.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, Pragmas);
        }
    }
}
