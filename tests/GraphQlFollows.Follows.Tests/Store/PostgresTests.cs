using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Tests.Graph;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Tests.Store;

/// <summary>PostgreSQL's own migrations, and the same writes and queries as on SQLite.</summary>
public sealed class PostgresTests
{
    [PostgresFact]
    public async Task Migrations_create_every_table_in_an_empty_database()
    {
        await using var database = await TempDatabase.CreateAsync(provider: StorageProvider.PostgreSql);
        await using var context = database.Open();
        Assert.IsType<PostgresFollowsDbContext>(context);
        Assert.Equal(["20261202190204_InitialSchema"], await context.Database.GetAppliedMigrationsAsync());
        var tables = await context.Database
            .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' ORDER BY table_name")
            .ToListAsync();
        Assert.Equal(["addresses", "follows", "operations", "profiles", "rate_buckets", "signing_keys"], tables);
        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname LIKE 'ix_follows%' ORDER BY indexname")
            .ToListAsync();
        Assert.Contains("(handle, follow_position)", indexes[0]);
        Assert.Contains("(address, follow_position)", indexes[1]);
        Assert.Equal(SchemaNames.Expected, await SchemaNames.ReadAsync(context));
    }

    [PostgresFact]
    public async Task The_postgres_migrations_match_the_model()
    {
        await using var database = await TempDatabase.CreateAsync(provider: StorageProvider.PostgreSql);
        await using var context = database.Open();
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [PostgresFact]
    public async Task Signed_operations_queries_and_the_digest_chain_work_the_same()
    {
        await using var harness = await GraphHarness.CreateAsync(provider: StorageProvider.PostgreSql);
        var alice = await harness.CreateMemberAsync("alice");
        var bob = await harness.CreateMemberAsync("bob");
        var carol = await harness.CreateMemberAsync("carol");
        Assert.Equal(FollowStatus.SUCCESS, (await harness.FollowAsync(alice, "bob")).Status);
        Assert.Equal(FollowStatus.SUCCESS, (await harness.FollowAsync(bob, "alice")).Status);
        Assert.Equal(FollowStatus.SUCCESS, (await harness.FollowAsync(carol, "bob")).Status);
        Assert.Equal(FollowStatus.ALREADY_DONE, (await harness.FollowAsync(carol, "bob", harness.Clock.NowMs + 1)).Status);
        Assert.Equal(FollowStatus.MESSAGE_EXPIRED, (await harness.UnfollowAsync(carol, "bob", harness.Clock.NowMs - 1)).Status);

        var followers = await harness.Queries.GetFollowersAsync("bob", new(First: 1));
        Assert.Equal(carol.Wallet.Address, followers.Edges[0].Address);
        Assert.True(followers.HasNextPage);
        var next = await harness.Queries.GetFollowersAsync("bob", new(First: 1, After: followers.Edges[0].Position));
        Assert.Equal(alice.Wallet.Address, next.Edges[0].Address);
        Assert.Equal([bob.Wallet.Address], (await harness.Queries.GetMutualFollowsAsync(alice.Wallet.Address, 10)).Addresses);
        Assert.Equal(2, (await harness.Queries.GetProfilesAsync(["bob", "nobody"]))["bob"].FollowerCount);

        DigestChain.AssertRecomputes((await harness.Queries.GetOperationsAsync(100)).Operations, fromGenesis: true);
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }

    [PostgresFact]
    public async Task Concurrent_writers_keep_counts_and_edges_consistent()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 0 }, StorageProvider.PostgreSql);
        var members = new List<Member>();
        foreach (var handle in new[] { "ann", "ben", "cat" })
        {
            members.Add(await harness.CreateMemberAsync(handle));
        }
        var now = harness.Clock.NowMs;
        var tick = 0L;
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
        {
            var request = harness.PairRequest(members[i % 3], members[(i + 1 + i / 3 % 2) % 3].Handle!,
                i % 2 == 0 ? "follow" : "unfollow", now - 60_000 + Interlocked.Increment(ref tick));
            return i % 2 == 0 ? harness.Graph.FollowAsync(request) : harness.Graph.UnfollowAsync(request);
        })));
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }
}
