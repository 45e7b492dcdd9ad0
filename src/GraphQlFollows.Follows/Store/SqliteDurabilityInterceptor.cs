using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
