namespace GraphQlFollows.Follows.Store.Faults;

/// <summary>
/// The timeouts a connection string gets unless it names its own: short enough that a database which hangs (a
/// frozen server, a silent network, a locked file) fails a request within the server's request budget (10 s),
/// so the caller hears that the store is unavailable instead of a timeout, and the connection is dropped.
/// </summary>
public static class StoreTimeouts
{
    /// <summary>
    /// PostgreSQL: opening a connection, or waiting for a free one in the pool (Npgsql <c>Timeout</c>). Npgsql also
    /// bounds with it each of the two waits of the cancellation request it sends after a statement's timeout, so
    /// a statement sent to a server that hangs fails after <see cref="PostgresCommandSeconds"/> plus twice this.
    /// </summary>
    public const int PostgresConnectSeconds = 2;

    /// <summary>PostgreSQL: one statement (Npgsql <c>Command Timeout</c>).</summary>
    public const int PostgresCommandSeconds = 3;

    /// <summary>
    /// PostgreSQL: how long a timed-out statement waits, once its cancellation was requested, for the server to
    /// answer before the connection is dropped (Npgsql <c>Cancellation Timeout</c>, milliseconds; -1: not at all).
    /// </summary>
    public const int PostgresCancellationMilliseconds = -1;

    /// <summary>SQLite: how long a statement waits for a lock held by another connection (<c>Default Timeout</c>, busy timeout).</summary>
    public const int SqliteBusySeconds = 5;

    internal static string ForPostgres(string connectionString) => connectionString.TrimEnd(';', ' ')
        + Unless(connectionString, "Timeout", PostgresConnectSeconds, "Timeout")
        + Unless(connectionString, "Command Timeout", PostgresCommandSeconds, "Command Timeout", "CommandTimeout")
        + Unless(connectionString, "Cancellation Timeout", PostgresCancellationMilliseconds, "Cancellation Timeout", "CancellationTimeout");

    internal static string ForSqlite(string connectionString) => connectionString.TrimEnd(';', ' ')
        + Unless(connectionString, "Default Timeout", SqliteBusySeconds, "Default Timeout", "DefaultTimeout", "Command Timeout", "CommandTimeout");

    // The setting to append, or nothing when the connection string names the key (under any of its names) itself.
    private static string Unless(string connectionString, string key, int value, params string[] names) =>
        Names(connectionString, names) ? "" : $";{key}={value}";

    // Whether the connection string sets a key itself (the builders answer for their defaults too).
    private static bool Names(string connectionString, params string[] keys)
    {
        foreach (var part in connectionString.Split(';'))
        {
            var name = part.Split('=', 2)[0].Trim();
            if (keys.Any(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }
}
