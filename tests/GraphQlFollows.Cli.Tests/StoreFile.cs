using System.Text;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Cli.Tests;

/// <summary>A store's file changed on disk behind the server's back, with plain SQL, and read back.</summary>
internal static class StoreFile
{
    /// <summary>Runs <paramref name="sql"/> and returns how many rows it changed.</summary>
    public static int Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>A new SQLite file holding what <paramref name="sql"/> makes.</summary>
    public static void Create(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static T Scalar<T>(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of the tables derived from the log, in key order, one line each.</summary>
    public static string DerivedTables(string path)
    {
        using var connection = Open(path);
        var dump = new StringBuilder();
        foreach (var table in new[] { "signing_keys ORDER BY key", "profiles ORDER BY handle", "addresses ORDER BY address", "follows ORDER BY address, handle" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                dump.Append(table.Split(' ')[0]);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append('|').Append(reader.IsDBNull(i) ? "null" : reader.GetValue(i));
                }
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }

    /// <summary>Recomputes every digest of the chain, as a forger who knows the digest rule would after changing a row.</summary>
    public static async Task RechainAsync(string path)
    {
        var factory = FollowsStore.CreateFactory(FollowsStoreOptions.From("Sqlite", $"Data Source={path}"));
        await using (var context = await factory.CreateDbContextAsync())
        {
            var previous = OperationDigest.Genesis;
            foreach (var operation in await context.Operations.OrderBy(o => o.Position).ToListAsync())
            {
                operation.PreviousDigest = previous;
                operation.Digest = previous = OperationDigest.Compute(operation.ToOperation());
            }
            await context.SaveChangesAsync();
        }
        SqliteConnection.ClearAllPools();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}
