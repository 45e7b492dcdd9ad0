using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Follows.Store;

/// <summary>Opens and prepares the follow store on the configured provider, with or without a DI container.</summary>
public static class FollowsStore
{
    /// <summary>Points <paramref name="builder"/> at the configured database.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, FollowsStoreOptions options)
    {
        var connectionString = options.EffectiveConnectionString();
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                EnsureSqliteDirectory(connectionString);
                builder.UseSqlite(connectionString).AddInterceptors(new SqliteDurabilityInterceptor());
                break;
            case StorageProvider.PostgreSql:
                builder.UseNpgsql(connectionString);
                break;
            default:
                throw new ArgumentException($"Unknown storage provider {options.Provider}.");
        }
        return builder;
    }

    /// <summary>A context factory without a container (tools, tests); hosts use <see cref="AddFollowsStore"/>.</summary>
    public static IDbContextFactory<FollowsDbContext> CreateFactory(FollowsStoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<FollowsDbContext>();
        Configure(builder, options);
        return new PooledDbContextFactory<FollowsDbContext>(builder.Options);
    }

    /// <summary>Registers <see cref="FollowsStoreOptions"/> and a pooled <see cref="IDbContextFactory{FollowsDbContext}"/>.</summary>
    public static IServiceCollection AddFollowsStore(this IServiceCollection services, FollowsStoreOptions options)
    {
        services.AddSingleton(options);
        services.AddPooledDbContextFactory<FollowsDbContext>(builder => Configure(builder, options));
        return services;
    }

    /// <summary>
    /// Creates the database if needed and applies every pending migration; call once at start-up. A SQLite file
    /// is switched to write-ahead logging first (readers then never wait for the writer); the mode is kept in
    /// the file.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<FollowsDbContext> factory, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        if (context.Database.IsSqlite())
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await context.Database.MigrateAsync(cancellationToken);
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
