using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Faults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Follows.Tests.Store;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_create_every_table_in_an_empty_database()
    {
        await using var database = await TempDatabase.CreateAsync(migrate: false);
        Assert.False(File.Exists(database.FilePath!));

        await FollowsStore.MigrateAsync(database.Factory);

        await using var context = database.Open();
        Assert.IsType<SqliteFollowsDbContext>(context);
        Assert.Equal(["20261202190118_InitialSchema", "20261202225023_ApiKeysAndWebhooks", "20261203021503_Blocks", "20261207211637_ProfileSearch", "20261207223749_OperationIds"], await context.Database.GetAppliedMigrationsAsync());
        var tables = await context.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name")
            .ToListAsync();
        Assert.Equal(["addresses", "api_keys", "blocks", "follows", "operations", "profiles", "rate_buckets", "signing_keys", "webhooks"], tables);
        Assert.Equal(SchemaNames.Expected, await SchemaNames.ReadAsync(context));
    }

    [Fact]
    public async Task The_sqlite_migrations_match_the_model()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var context = database.Open();
        Assert.False(context.Database.HasPendingModelChanges());
    }

    /// <summary>What <c>dotnet ef migrations has-pending-model-changes --context ...</c> answers, for each provider.</summary>
    [Fact]
    public void The_design_time_contexts_have_no_pending_model_changes()
    {
        using var sqlite = DesignTimeContexts.For(StorageProvider.Sqlite);
        using var postgres = DesignTimeContexts.For(StorageProvider.PostgreSql);
        Assert.False(sqlite.Database.HasPendingModelChanges());
        Assert.False(postgres.Database.HasPendingModelChanges());
        Assert.Equal(["20261202190118_InitialSchema", "20261202225023_ApiKeysAndWebhooks", "20261203021503_Blocks", "20261207211637_ProfileSearch", "20261207223749_OperationIds"], sqlite.Database.GetMigrations());
        Assert.Equal(["20261202190204_InitialSchema", "20261202225057_ApiKeysAndWebhooks", "20261203021512_Blocks", "20261207211653_ProfileSearch", "20261207223915_OperationIds"], postgres.Database.GetMigrations());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, typeof(SqliteFollowsDbContext))]
    [InlineData(StorageProvider.PostgreSql, typeof(PostgresFollowsDbContext))]
    public async Task Factories_hand_out_the_providers_own_context(StorageProvider provider, Type expected)
    {
        var options = new FollowsStoreOptions { Provider = provider, ConnectionString = provider == StorageProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost" };
        await using var services = new ServiceCollection().AddFollowsStore(options).BuildServiceProvider();
        await using var registered = services.GetRequiredService<IDbContextFactory<FollowsDbContext>>().CreateDbContext();
        await using var created = await FollowsStore.CreateFactory(options).CreateDbContextAsync();
        Assert.IsType(expected, registered);
        Assert.IsType(expected, created);
    }

    [Fact]
    public async Task A_factory_of_the_shared_context_type_is_refused_migrations()
    {
        await using var database = await TempDatabase.CreateAsync(migrate: false);
        var builder = new DbContextOptionsBuilder<FollowsDbContext>();
        FollowsStore.Configure(builder, database.Options);
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => FollowsStore.MigrateAsync(new PooledDbContextFactory<FollowsDbContext>(builder.Options)));
    }

    [Fact]
    public async Task Pagination_indexes_exist()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var context = database.Open();
        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_follows%' ORDER BY name")
            .ToListAsync();
        Assert.Equal(2, indexes.Count);
        Assert.Contains("\"handle\", \"follow_operation\"", indexes[0]);
        Assert.Contains("\"address\", \"follow_operation\"", indexes[1]);
    }

    [Fact]
    public async Task Connections_use_wal_and_full_synchronous_writes()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var context = database.Open();
        await context.Database.OpenConnectionAsync();
        var journal = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
        var synchronous = await context.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync();
        Assert.Equal("wal", journal);
        Assert.Equal(2, synchronous); // 2 = FULL
    }

    [Fact]
    public async Task Connections_opened_again_from_the_pool_keep_full_synchronous_writes_and_the_busy_timeout()
    {
        await using var database = await TempDatabase.CreateAsync();
        for (var open = 0; open < 3; open++)
        {
            await using var context = database.Open();
            await context.Database.OpenConnectionAsync();
            var synchronous = await context.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync();
            var busyTimeout = await context.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();
            Assert.Equal(2, synchronous); // 2 = FULL
            Assert.Equal(StoreTimeouts.SqliteBusySeconds * 1000, busyTimeout);
        }
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing()
    {
        await using var database = await TempDatabase.CreateAsync();
        await FollowsStore.MigrateAsync(database.Factory);
        await using var context = database.Open();
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [InlineData(null, StorageProvider.Sqlite)]
    [InlineData("sqlite", StorageProvider.Sqlite)]
    [InlineData("PostgreSql", StorageProvider.PostgreSql)]
    public void Provider_names_are_read_from_configuration_text(string? provider, StorageProvider expected)
    {
        var options = FollowsStoreOptions.From(provider, "Host=localhost;Database=follows");
        Assert.Equal(expected, options.Provider);
    }

    [Fact]
    public void Unknown_providers_and_postgres_without_connection_string_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => FollowsStoreOptions.From("Oracle", null));
        Assert.Throws<ArgumentException>(() => FollowsStoreOptions.From("PostgreSql", null));
        Assert.Equal("follows.db", new SqliteConnectionStringBuilder(FollowsStoreOptions.From(null, " ").EffectiveConnectionString()).DataSource);
    }
}
