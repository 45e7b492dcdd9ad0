using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphQlFollows.Follows.Store.Faults;

/// <summary>
/// Tells the database's failures (the store is away, hangs, or is full) from every other exception: the one place
/// that knows the error codes of SQLite and PostgreSQL.
/// </summary>
public static class StoreFaults
{
    // SQLite's primary result codes (the low byte of an extended code).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>
    /// The store failure behind <paramref name="exception"/> (itself or any exception it wraps), or null when it is
    /// not one.
    /// </summary>
    public static StoreUnavailableException? Recognize(Exception exception)
    {
        for (var current = exception; current is not null; current = Inner(current))
        {
            if (current is StoreUnavailableException known)
            {
                return known;
            }
            if (FaultOf(current) is { } fault)
            {
                return new StoreUnavailableException(fault, Describe(fault), current);
            }
        }
        return null;
    }

    internal static string Describe(StoreFault fault) => fault switch
    {
        StoreFault.Full => "The follow store's disk is full.",
        _ => "The follow store does not answer.",
    };

    private static Exception? Inner(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception.InnerException;

    private static StoreFault? FaultOf(Exception exception) => exception switch
    {
        SqliteException sqlite => SqliteFault(sqlite.SqliteErrorCode & 0xFF),
        PostgresException postgres => PostgresFault(postgres.SqlState),
        // Npgsql's own exceptions (not the server's) are about the connection: refused, broken, timed out.
        NpgsqlException => StoreFault.Unavailable,
        TimeoutException or SocketException or IOException => StoreFault.Unavailable,
        _ => null,
    };

    private static StoreFault? SqliteFault(int primaryCode) => primaryCode switch
    {
        SqliteFull => StoreFault.Full,
        SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError or SqliteCorrupt or SqliteCantOpen or SqliteNotADatabase
            => StoreFault.Unavailable,
        _ => null,
    };

    // SQLSTATE classes: 08 connection exception, 53 insufficient resources (53100 disk full), 57P0x the server
    // shutting down or starting, 57014 a statement cancelled by its timeout, 58 system error (58030 I/O).
    private static StoreFault? PostgresFault(string sqlState) => sqlState switch
    {
        "53100" => StoreFault.Full,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal)
            || sqlState.StartsWith("57P0", StringComparison.Ordinal) || sqlState == "57014"
            || sqlState.StartsWith("58", StringComparison.Ordinal) => StoreFault.Unavailable,
        _ => null,
    };
}
