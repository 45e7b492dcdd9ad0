using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Faults;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphQlFollows.Follows.Tests.Store;

public sealed class StoreFaultsTests
{
    [Theory]
    [InlineData(13, StoreFault.Full)] // SQLITE_FULL
    [InlineData(5, StoreFault.Unavailable)] // SQLITE_BUSY
    [InlineData(6, StoreFault.Unavailable)] // SQLITE_LOCKED
    [InlineData(14, StoreFault.Unavailable)] // SQLITE_CANTOPEN
    [InlineData(10 | (4 << 8), StoreFault.Unavailable)] // SQLITE_IOERR_WRITE, an extended code
    public void Sqlite_errors_of_the_database_itself_are_store_faults(int code, StoreFault fault)
    {
        var recognized = StoreFaults.Recognize(new SqliteException("failed", code));
        Assert.Equal(fault, recognized?.Fault);
    }

    [Theory]
    [InlineData(1)] // SQLITE_ERROR: a bad statement, the program's fault
    [InlineData(19)] // SQLITE_CONSTRAINT
    public void Other_sqlite_errors_are_not(int code) =>
        Assert.Null(StoreFaults.Recognize(new SqliteException("failed", code)));

    [Theory]
    [InlineData("53100", StoreFault.Full)]
    [InlineData("08006", StoreFault.Unavailable)]
    [InlineData("57P01", StoreFault.Unavailable)]
    [InlineData("57014", StoreFault.Unavailable)]
    [InlineData("53300", StoreFault.Unavailable)]
    public void Postgres_states_of_the_server_itself_are_store_faults(string sqlState, StoreFault fault)
    {
        var recognized = StoreFaults.Recognize(new PostgresException("failed", "ERROR", "ERROR", sqlState));
        Assert.Equal(fault, recognized?.Fault);
    }

    [Theory]
    [InlineData("23505")] // unique_violation
    [InlineData("42P01")] // undefined_table
    public void Other_postgres_states_are_not(string sqlState) =>
        Assert.Null(StoreFaults.Recognize(new PostgresException("failed", "ERROR", "ERROR", sqlState)));

    [Fact]
    public void Wrapped_connection_failures_are_found_inside_their_wrappers()
    {
        var timeout = new InvalidOperationException("transient", new NpgsqlException("timed out", new TimeoutException()));
        Assert.Equal(StoreFault.Unavailable, StoreFaults.Recognize(new AggregateException(timeout))?.Fault);
        Assert.Null(StoreFaults.Recognize(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void Connection_strings_get_timeouts_within_the_request_budget_unless_they_name_their_own()
    {
        var postgres = new NpgsqlConnectionStringBuilder(FollowsStoreOptions.From("PostgreSql", "Host=db").EffectiveConnectionString());
        Assert.Equal((StoreTimeouts.PostgresConnectSeconds, StoreTimeouts.PostgresCommandSeconds, StoreTimeouts.PostgresCancellationMilliseconds),
            (postgres.Timeout, postgres.CommandTimeout, postgres.CancellationTimeout));
        var own = new NpgsqlConnectionStringBuilder(
            FollowsStoreOptions.From("PostgreSql", "Host=db;Timeout=9;Command Timeout=8;Cancellation Timeout=700").EffectiveConnectionString());
        Assert.Equal((9, 8, 700), (own.Timeout, own.CommandTimeout, own.CancellationTimeout));

        var sqlite = new SqliteConnectionStringBuilder(FollowsStoreOptions.From(null, "Data Source=x.db").EffectiveConnectionString());
        Assert.Equal(StoreTimeouts.SqliteBusySeconds, sqlite.DefaultTimeout);
        Assert.Equal(7, new SqliteConnectionStringBuilder(FollowsStoreOptions.From(null, "Data Source=x.db;Default Timeout=7").EffectiveConnectionString()).DefaultTimeout);
    }
}
