using System.Data.Common;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's commands on its connection, one per <see cref="SqlBatch"/>, kept for the connection's life: SQLite
/// then compiles each statement once instead of at every commit, and PostgreSQL keeps them prepared on the server.
/// </summary>
internal sealed class PreparedCommands(DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<SqlBatch, DbCommand> _commands = [];

    /// <summary>The command for <paramref name="batch"/>, its parameters set to <paramref name="values"/> in order.</summary>
    public DbCommand For(SqlBatch batch, ReadOnlySpan<string> values)
    {
        if (!_commands.TryGetValue(batch, out var command))
        {
            command = Create(batch);
            _commands.Add(batch, command);
        }
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        return command;
    }

    private DbCommand Create(SqlBatch batch)
    {
        var command = connection.CreateCommand();
        command.CommandText = batch.Text;
        foreach (var name in batch.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = WriteSql.NoRows;
            command.Parameters.Add(parameter);
        }
        if (connection is Npgsql.NpgsqlConnection)
        {
            // Server-side prepared statements: parsed and planned once, not inside every commit's lock.
            command.Prepare();
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
