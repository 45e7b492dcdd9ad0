using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Follows.Store;

/// <summary>Opens and prepares the follow store on the configured provider, with or without a DI container.</summary>
public static class FollowsStore
{
    /// <summary>
    /// Points <paramref name="builder"/> at the configured database. The builder's context type decides which
    /// migrations its contexts know: those of <see cref="SqliteFollowsDbContext"/> or
    /// <see cref="PostgresFollowsDbContext"/>, none for <see cref="FollowsDbContext"/> itself (enough for reads).
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, FollowsStoreOptions options)
    {
        var connectionString = options.EffectiveConnectionString();
        builder.AddInterceptors(options.Circuit);
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
                throw UnknownProvider(options.Provider);
        }
        return builder;
    }

    /// <summary>A context factory without a container (tools, tests); hosts use <see cref="AddFollowsStore"/>.</summary>
    public static IDbContextFactory<FollowsDbContext> CreateFactory(FollowsStoreOptions options) => options.Provider switch
    {
        StorageProvider.Sqlite => CreatePooledFactory<SqliteFollowsDbContext>(options),
        StorageProvider.PostgreSql => CreatePooledFactory<PostgresFollowsDbContext>(options),
        _ => throw UnknownProvider(options.Provider),
    };

    /// <summary>
    /// Registers <see cref="FollowsStoreOptions"/>, a pooled factory of the provider's context type, and the
    /// <see cref="IDbContextFactory{FollowsDbContext}"/> that hands its contexts out.
    /// </summary>
    public static IServiceCollection AddFollowsStore(this IServiceCollection services, FollowsStoreOptions options)
    {
        services.AddSingleton(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite => services.AddPooledFactory<SqliteFollowsDbContext>(options),
            StorageProvider.PostgreSql => services.AddPooledFactory<PostgresFollowsDbContext>(options),
            _ => throw UnknownProvider(options.Provider),
        };
    }

    /// <summary>
    /// Creates the database if needed and applies every pending migration of its provider; call once at start-up.
    /// A SQLite file is switched to write-ahead logging first (readers then never wait for the writer); the mode is
    /// kept in the file. An empty database gets the provider's <see cref="MigrationScript"/>, one that is at the
    /// last migration is left as it is, and any other is migrated by EF Core's migrator.
    /// </summary>
    /// <exception cref="InvalidOperationException">The factory's contexts are not of a provider's own type, and so have no migrations.</exception>
    public static async Task MigrateAsync(IDbContextFactory<FollowsDbContext> factory, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var provider = context switch
        {
            SqliteFollowsDbContext => StorageProvider.Sqlite,
            PostgresFollowsDbContext => StorageProvider.PostgreSql,
            _ => throw new InvalidOperationException(
                $"{context.GetType().Name} has no migrations; migrate through a factory of FollowsStore.CreateFactory or AddFollowsStore."),
        };
        if (!await MigrationScript.For(provider).TryApplyAsync(context.Database.GetDbConnection(), cancellationToken))
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>The options of one context type on the configured database (the design-time factories use them too).</summary>
    internal static DbContextOptions<TContext> OptionsFor<TContext>(FollowsStoreOptions options)
        where TContext : FollowsDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, options);
        return builder.Options;
    }

    private static IDbContextFactory<FollowsDbContext> CreatePooledFactory<TContext>(FollowsStoreOptions options)
        where TContext : FollowsDbContext =>
        new ProviderContextFactory<TContext>(new PooledDbContextFactory<TContext>(OptionsFor<TContext>(options)));

    private static IServiceCollection AddPooledFactory<TContext>(this IServiceCollection services, FollowsStoreOptions options)
        where TContext : FollowsDbContext
    {
        services.AddPooledDbContextFactory<TContext>(builder => Configure(builder, options));
        return services.AddSingleton<IDbContextFactory<FollowsDbContext>>(provider =>
            new ProviderContextFactory<TContext>(provider.GetRequiredService<IDbContextFactory<TContext>>()));
    }

    private static ArgumentException UnknownProvider(StorageProvider provider) => new($"Unknown storage provider {provider}.");

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
