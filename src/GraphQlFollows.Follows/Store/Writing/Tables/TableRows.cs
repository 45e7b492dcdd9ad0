using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphQlFollows.Follows.Store.Writing.Tables;

/// <summary>
/// Whole described tables read and written through an EF Core context's connection, inside its current
/// transaction: what checking the log against the tables, and rebuilding them from it, need. Not the writer's path.
/// </summary>
internal static class TableRows
{
    /// <summary>Every row of <paramref name="table"/>, in key order.</summary>
    public static async IAsyncEnumerable<TRow> ReadAllAsync<TRow>(
        FollowsDbContext context, Table<TRow> table, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(context, cancellationToken);
        command.CommandText =
            $"SELECT {string.Join(", ", table.Columns.Select(c => c.Name))} FROM {table.Name} ORDER BY {string.Join(", ", table.Keys.Select(c => c.Name))}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var row = new DataReaderRows(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return table.Read(row);
        }
    }

    /// <summary>Inserts <paramref name="rows"/> into <paramref name="table"/>, one statement each.</summary>
    public static async Task InsertAsync<TRow>(
        FollowsDbContext context, Table<TRow> table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(context, cancellationToken);
        command.CommandText =
            $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select(c => $"@p{c.Ordinal}"))})";
        foreach (var column in table.Columns)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{column.Ordinal}";
            command.Parameters.Add(parameter);
        }
        var sink = new ParameterRow(command);
        foreach (var row in rows)
        {
            foreach (var column in table.Columns)
            {
                column.Write(row, sink);
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<DbCommand> CommandAsync(FollowsDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private sealed class ParameterRow(DbCommand command) : IRowSink
    {
        public void SetText(int ordinal, string? value) => command.Parameters[ordinal].Value = value ?? (object)DBNull.Value;

        public void SetInt64(int ordinal, long? value) => command.Parameters[ordinal].Value = value ?? (object)DBNull.Value;

        public void SetReal(int ordinal, double value) => command.Parameters[ordinal].Value = value;
    }
}

/// <summary>A data reader's current row as the table descriptions read it.</summary>
internal sealed class DataReaderRows(DbDataReader reader) : IRowSource
{
    public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

    public string GetText(int ordinal) => reader.GetString(ordinal);

    public long GetInt64(int ordinal) => reader.GetInt64(ordinal);

    public double GetReal(int ordinal) => reader.GetDouble(ordinal);
}
