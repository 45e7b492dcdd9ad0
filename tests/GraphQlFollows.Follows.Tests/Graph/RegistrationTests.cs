using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class RegistrationTests
{
    [Fact]
    public async Task A_container_serves_the_store_the_graph_and_the_queries()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gqlf-follows-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = new TestClock(DateTimeOffset.UtcNow);
            var services = new ServiceCollection()
                .AddSingleton<TimeProvider>(clock)
                .AddFollowsStore(FollowsStoreOptions.From("Sqlite", $"Data Source={Path.Combine(directory, "nested", "f.db")}"))
                .AddFollowGraph(options => options.RateLimitPermits = 5);
            await using (var provider = services.BuildServiceProvider())
            {
                await FollowsStore.MigrateAsync(provider.GetRequiredService<IDbContextFactory<FollowsDbContext>>());
                var graph = provider.GetRequiredService<FollowGraph>();
                await graph.StartAsync();
                var wallet = new TestWallet();
                var message = GraphHarness.ProfileMessage(wallet.Text, "alice", clock.NowMs);
                var result = await graph.CreateProfileAsync(new(wallet.Text, "alice", message, wallet.Sign(message)));
                Assert.Equal(CreateProfileStatus.Success, result.Status);
                Assert.Equal(clock.NowMs, result.TsInServer);
                var profiles = await provider.GetRequiredService<FollowQueries>().GetProfilesAsync(["alice"]);
                Assert.Equal(wallet.Address, profiles["alice"].Owner);
            }
            Assert.True(File.Exists(Path.Combine(directory, "nested", "f.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Invalid_options_are_refused_at_start()
    {
        var factory = FollowsStore.CreateFactory(new FollowsStoreOptions { ConnectionString = "Data Source=:memory:" });
        Assert.Throws<ArgumentException>(() => new FollowGraph(factory, new FollowGraphOptions { MaxOperationsPerCommit = 0 }, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => new FollowGraph(factory, new FollowGraphOptions { MaxMessageAge = TimeSpan.FromSeconds(-1) }, TimeProvider.System));
    }
}
