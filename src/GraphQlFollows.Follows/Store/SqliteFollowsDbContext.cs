using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphQlFollows.Follows.Store;

/// <summary>The follow graph on SQLite, with its migrations in <c>Store/Migrations/Sqlite</c>.</summary>
public sealed class SqliteFollowsDbContext(DbContextOptions<SqliteFollowsDbContext> options) : FollowsDbContext(options);

/// <summary>
/// What <c>dotnet ef --context SqliteFollowsDbContext</c> works on. Adding a migration needs no database; for
/// <c>dotnet ef database update</c>, a connection string after <c>--</c> replaces <c>follows.db</c> in the working directory.
/// </summary>
internal sealed class SqliteFollowsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFollowsDbContext>
{
    public SqliteFollowsDbContext CreateDbContext(string[] args) => new(FollowsStore.OptionsFor<SqliteFollowsDbContext>(
        new FollowsStoreOptions { Provider = StorageProvider.Sqlite, ConnectionString = args.FirstOrDefault() }));
}
