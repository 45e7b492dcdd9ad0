using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphQlFollows.Follows.Tests.Store;

/// <summary>
/// The script an empty database gets at start-up (<see cref="MigrationScript"/>) is EF Core's script of the current
/// migrations, makes the same database as EF Core's migrator does, is applied once when servers start together,
/// and a database part way through its migrations is still brought to the last one.
/// </summary>
public sealed class MigrationScriptTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Each_providers_script_is_ef_cores_script_of_its_migrations(StorageProvider provider)
    {
        using var context = DesignTimeContexts.For(provider);
        var expected = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions);
        var script = MigrationScript.For(provider);

        Assert.True(expected == script.Sql,
            $"Store/Migrations/{(provider == StorageProvider.Sqlite ? "Sqlite" : "Postgres")}/Migrations.sql is not the script of the current migrations; write it again: " +
            $"dotnet ef migrations script --no-transactions --project src/GraphQlFollows.Follows --context {context.GetType().Name} " +
            $"-o src/GraphQlFollows.Follows/Store/Migrations/{(provider == StorageProvider.Sqlite ? "Sqlite" : "Postgres")}/Migrations.sql");
        Assert.Equal(context.Database.GetMigrations(), script.MigrationIds);
    }

    [Fact]
    public async Task On_sqlite_the_script_makes_the_database_ef_cores_migrator_makes() =>
        await SameDatabaseAsync(StorageProvider.Sqlite, """
            SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS "Value" FROM sqlite_master
            WHERE name <> '__EFMigrationsLock' ORDER BY 1
            """);

    [PostgresFact]
    public async Task On_postgresql_the_script_makes_the_database_ef_cores_migrator_makes() =>
        await SameDatabaseAsync(StorageProvider.PostgreSql, """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '') AS "Value"
            FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '__EFMigrationsLock'
            UNION ALL SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            ORDER BY 1
            """);

    [Fact]
    public Task On_sqlite_servers_starting_together_apply_the_script_once() => TogetherAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task On_postgresql_servers_starting_together_apply_the_script_once() => TogetherAsync(StorageProvider.PostgreSql);

    [Fact]
    public async Task A_database_part_way_through_its_migrations_is_brought_to_the_last_by_ef_core()
    {
        await using var database = await TempDatabase.CreateAsync(migrate: false);
        await using (var context = database.Open())
        {
            await CreateFileAsync(context);
            var first = context.Database.GetMigrations().First();
            await context.GetService<IMigrator>().MigrateAsync(first);
            Assert.Equal([first], await context.Database.GetAppliedMigrationsAsync());
        }

        await FollowsStore.MigrateAsync(database.Factory);

        await using var migrated = database.Open();
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
        Assert.Equal(SchemaNames.Expected, await SchemaNames.ReadAsync(migrated));
    }

    // The catalogue, as rows of text, of a database the script made and of one EF Core's migrator made, and their
    // history. EF Core's migrator also leaves the table it locks the database with, which the script does not need.
    private static async Task SameDatabaseAsync(StorageProvider provider, string catalogue)
    {
        await using var scripted = await TempDatabase.CreateAsync(migrate: false, provider: provider);
        await using var migrated = await TempDatabase.CreateAsync(migrate: false, provider: provider);
        await FollowsStore.MigrateAsync(scripted.Factory);
        await using (var context = migrated.Open())
        {
            await CreateFileAsync(context);
            await context.Database.MigrateAsync();
        }

        await using var fromScript = scripted.Open();
        await using var fromMigrator = migrated.Open();
        var history = "SELECT \"MigrationId\" || ' ' || \"ProductVersion\" AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY 1";
        Assert.Equal(await RowsAsync(fromMigrator, history), await RowsAsync(fromScript, history));
        var tables = await RowsAsync(fromMigrator, catalogue);
        Assert.Contains(tables, row => row.Contains("follow_operation", StringComparison.Ordinal));
        Assert.Equal(tables, await RowsAsync(fromScript, catalogue));
    }

    private static async Task TogetherAsync(StorageProvider provider)
    {
        await using var database = await TempDatabase.CreateAsync(migrate: false, provider: provider);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => FollowsStore.MigrateAsync(database.Factory))));

        await using var context = database.Open();
        var history = await RowsAsync(context, "SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY 1");
        Assert.Equal(context.Database.GetMigrations(), history);
    }

    // EF Core's migrator on its own expects the SQLite file to exist (FollowsStore.MigrateAsync makes it first).
    private static async Task CreateFileAsync(FollowsDbContext context)
    {
        await context.Database.OpenConnectionAsync();
        await context.Database.CloseConnectionAsync();
    }

    // Each query names its one column "Value", as EF Core's SqlQueryRaw of strings asks.
    private static Task<List<string>> RowsAsync(FollowsDbContext context, string sql) => context.Database.SqlQueryRaw<string>(sql).ToListAsync();
}
