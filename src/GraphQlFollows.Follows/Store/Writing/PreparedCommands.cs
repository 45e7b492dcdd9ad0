using System.Data.Common;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's commands on its connection, one per statement text, kept for the connection's life: SQLite then
/// compiles each statement once instead of at every commit, and PostgreSQL keeps it prepared on the server.
/// </summary>
internal sealed class PreparedCommands(DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> in <paramref name="transaction"/>, its one parameter set to <paramref name="json"/>.</summary>
    public DbCommand For(string sql, DbTransaction transaction, string? json)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            if (sql.Contains(WriteSql.Parameter, StringComparison.Ordinal))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = WriteSql.Parameter;
                parameter.Value = "[]";
                command.Parameters.Add(parameter);
            }
            if (connection is Npgsql.NpgsqlConnection)
            {
                // A server-side prepared statement: parsed and planned once, not inside every commit's lock.
                command.Transaction = transaction;
                command.Prepare();
            }
            _commands.Add(sql, command);
        }
        command.Transaction = transaction;
        if (json is not null)
        {
            command.Parameters[0].Value = json;
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
        _commands.Clear();
    }
}
