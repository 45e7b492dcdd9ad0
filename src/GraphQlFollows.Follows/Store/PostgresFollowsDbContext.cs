using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphQlFollows.Follows.Store;

/// <summary>The follow graph on PostgreSQL, with its migrations in <c>Store/Migrations/Postgres</c>.</summary>
public sealed class PostgresFollowsDbContext(DbContextOptions<PostgresFollowsDbContext> options) : FollowsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Handles compare and sort by code point ("C"), as SQLite's BINARY does, whatever the database's locale:
        // a prefix is then a range of the primary key, and lists by handle come in the same order on both providers.
        modelBuilder.Entity<ProfileRecord>().Property(p => p.Handle).UseCollation(HandleCollation);
        modelBuilder.Entity<FollowRecord>().Property(f => f.Handle).UseCollation(HandleCollation);
        modelBuilder.Entity<BlockRecord>().Property(b => b.Handle).UseCollation(HandleCollation);
    }

    private const string HandleCollation = "C";
}

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
