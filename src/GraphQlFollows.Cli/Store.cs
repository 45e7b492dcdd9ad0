using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphQlFollows.Cli;

/// <summary>The follow store a command works on: a SQLite file, or a PostgreSQL database by connection string.</summary>
/// <param name="Name">How the output names it.</param>
/// <param name="MissingFile">The SQLite file when it does not exist (then nothing is opened, nor created).</param>
internal sealed record Store(string Name, IDbContextFactory<FollowsDbContext> Factory, string? MissingFile)
{
    public static Store From(string sqliteFile, string? postgres)
    {
        if (postgres is not null)
        {
            var database = new NpgsqlConnectionStringBuilder(postgres).Database;
            return new Store($"PostgreSQL database {database}", FactoryOf(StorageProvider.PostgreSql, postgres), null);
        }
        // Mode=ReadWrite: SQLite never creates a missing file as a new, empty store.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadWrite }.ConnectionString;
        return new Store(sqliteFile, FactoryOf(StorageProvider.Sqlite, connectionString), File.Exists(sqliteFile) ? null : sqliteFile);
    }

    private static IDbContextFactory<FollowsDbContext> FactoryOf(StorageProvider provider, string connectionString) =>
        FollowsStore.CreateFactory(new FollowsStoreOptions { Provider = provider, ConnectionString = connectionString });
}
