using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// Sets <see cref="SqlitePragmas.Connection"/> on every connection EF Core opens. WAL itself is stored in the file
/// (see <see cref="FollowsStore.MigrateAsync"/>).
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
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
            command.CommandText = SqlitePragmas.Connection;
            command.ExecuteNonQuery();
        }

        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, SqlitePragmas.Connection);
        }
    }
}
