using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// Sets the SQLite pragmas that make a commit durable before it is acknowledged, on every connection:
/// WAL lets readers run beside the single writer, synchronous=FULL syncs the WAL at each commit, and the busy
/// timeout makes a reader that meets a checkpoint wait instead of failing.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

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
