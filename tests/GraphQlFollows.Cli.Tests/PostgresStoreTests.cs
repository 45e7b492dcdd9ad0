using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Tests;
using Npgsql;

namespace GraphQlFollows.Cli.Tests;

/// <summary><c>verify</c> and <c>rebuild</c> on a PostgreSQL store, by connection string.</summary>
public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task A_store_verifies_a_changed_count_is_reported_and_rebuild_restores_it()
    {
        await using var database = await TempDatabase.CreateAsync(provider: StorageProvider.PostgreSql);
        var connectionString = database.Options.ConnectionString!;
        await using (var store = await SignedStore.OverAsync(database.Factory))
        {
            await store.WriteEveryKindAsync();
        }
        var intact = await CliRun.InvokeAsync("verify", "--postgres", connectionString);
        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
        Assert.Contains("19 operations", intact.Output);

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var damage = new NpgsqlCommand("UPDATE profiles SET follower_count = 9 WHERE handle = 'member_0'", connection);
            Assert.Equal(1, await damage.ExecuteNonQueryAsync());
        }
        var damaged = await CliRun.InvokeAsync("verify", "--postgres", connectionString);
        Assert.Equal(StoreCommands.Refused, damaged.ExitCode);
        Assert.Contains("  profile member_0: follower_count is 9, the log gives 1", damaged.Output);

        var rebuilt = await CliRun.InvokeAsync("rebuild", "--postgres", connectionString);
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output + rebuilt.Error);
        Assert.Equal(0, (await CliRun.InvokeAsync("verify", "--postgres", connectionString)).ExitCode);
    }
}
