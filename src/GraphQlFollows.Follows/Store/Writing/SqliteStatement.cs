using Microsoft.Data.Sqlite;
using SQLitePCL;
using GraphQlFollows.Follows.Store.Writing.Tables;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// A statement of the writer's SQLite connection, compiled once for the connection's life and run through SQLite's
/// own API: each execution binds its values, steps, and resets, with no command or reader object made per row.
/// Text is bound as UTF-16 (SQLite converts it), so a value costs no encoding here.
/// </summary>
internal sealed class SqliteStatement : IRowSource, IRowSink, IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(sqlite3 database, string sql)
    {
        _database = database;
        Check(raw.sqlite3_prepare_v3(database, sql, raw.SQLITE_PREPARE_PERSISTENT, out _statement));
    }

    /// <summary>Runs a statement that returns no rows, and makes it ready for its next values.</summary>
    public void Execute()
    {
        try
        {
            while (Step())
            {
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Moves to the next row of the result: false when there is none (the statement is then done).</summary>
    public bool Step() => raw.sqlite3_step(_statement) switch
    {
        raw.SQLITE_ROW => true,
        raw.SQLITE_DONE => false,
        var code => throw Failure(code),
    };

    /// <summary>Ends the current execution, so that the statement can run again.</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    public void SetText(int ordinal, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, ordinal + 1) : raw.sqlite3_bind_text16(_statement, ordinal + 1, value));

    public void SetInt64(int ordinal, long? value) =>
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, ordinal + 1, number) : raw.sqlite3_bind_null(_statement, ordinal + 1));

    public void SetReal(int ordinal, double value) => Check(raw.sqlite3_bind_double(_statement, ordinal + 1, value));

    public bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

    public string GetText(int ordinal) => raw.sqlite3_column_text(_statement, ordinal).utf8_to_string();

    public long GetInt64(int ordinal) => raw.sqlite3_column_int64(_statement, ordinal);

    public double GetReal(int ordinal) => raw.sqlite3_column_double(_statement, ordinal);

    public void Dispose() => _statement.Dispose();

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            throw Failure(code);
        }
    }

    // The exception Microsoft.Data.Sqlite raises for the same code, so that the store's faults are recognised alike.
    private SqliteException Failure(int code) =>
        new(raw.sqlite3_errmsg(_database).utf8_to_string(), code, raw.sqlite3_extended_errcode(_database));
}
