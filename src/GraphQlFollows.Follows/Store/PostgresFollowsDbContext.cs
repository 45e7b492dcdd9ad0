using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphQlFollows.Follows.Store;

/// <summary>The follow graph on PostgreSQL, with its migrations in <c>Store/Migrations/Postgres</c>.</summary>
public sealed class PostgresFollowsDbContext(DbContextOptions<PostgresFollowsDbContext> options) : FollowsDbContext(options);

/// <summary>
/// What <c>dotnet ef --context PostgresFollowsDbContext</c> works on. Adding a migration needs no database, so the
/// connection string is a placeholder unless one is given after <c>--</c> (for <c>dotnet ef database update</c>).
/// </summary>
internal sealed class PostgresFollowsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFollowsDbContext>
{
    private const string Placeholder = "Host=localhost;Database=follows";

    public PostgresFollowsDbContext CreateDbContext(string[] args) => new(FollowsStore.OptionsFor<PostgresFollowsDbContext>(
        new FollowsStoreOptions { Provider = StorageProvider.PostgreSql, ConnectionString = args.FirstOrDefault() ?? Placeholder }));
}
