using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Signatures;
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
        Assert.Equal(["20261202190204_InitialSchema", "20261202225057_ApiKeysAndWebhooks", "20261203021512_Blocks", "20261207211653_ProfileSearch", "20261207223915_OperationIds"], await context.Database.GetAppliedMigrationsAsync());
        var tables = await context.Database
            .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' ORDER BY table_name")
            .ToListAsync();
        Assert.Equal(["addresses", "api_keys", "blocks", "follows", "operations", "profiles", "rate_buckets", "signing_keys", "webhooks"], tables);
        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname LIKE 'ix_follows%' ORDER BY indexname")
            .ToListAsync();
        Assert.Contains("(handle, follow_operation)", indexes[0]);
        Assert.Contains("(address, follow_operation)", indexes[1]);
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
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(alice, "bob")).Status);
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(bob, "alice")).Status);
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(carol, "bob")).Status);
        Assert.Equal(FollowStatus.AlreadyDone, (await harness.FollowAsync(carol, "bob", harness.Clock.NowMs + 1)).Status);
        Assert.Equal(FollowStatus.MessageExpired, (await harness.UnfollowAsync(carol, "bob", harness.Clock.NowMs - 1)).Status);

        var followers = await harness.Queries.GetFollowersAsync("bob", new(First: 1));
        Assert.Equal(carol.Wallet.Address, followers.Edges[0].Address);
        Assert.True(followers.HasNextPage);
        var next = await harness.Queries.GetFollowersAsync("bob", new(First: 1, After: followers.Edges[0].Operation));
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
        var writes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var (member, handle, follow) = (members[i % 3], members[(i + 1 + i / 3 % 2) % 3].Handle!, i % 2 == 0);
            var request = harness.PairRequest(member, handle, follow ? "follow" : "unfollow", now - 60_000 + Interlocked.Increment(ref tick));
            var result = follow ? await harness.Graph.FollowAsync(request) : await harness.Graph.UnfollowAsync(request);
            return (member.Wallet.Address, Handle: handle, Follow: follow, result.Status);
        })));

        Assert.All(writes, write => Assert.Contains(write.Status,
            new[] { FollowStatus.Success, FollowStatus.AlreadyDone, FollowStatus.MessageExpired }));
        var edges = new List<(EvmAddress Address, string Handle)>();
        foreach (var pair in writes.GroupBy(w => (w.Address, w.Handle)))
        {
            var followed = pair.Count(w => w.Follow && w.Status == FollowStatus.Success);
            var unfollowed = pair.Count(w => !w.Follow && w.Status == FollowStatus.Success);
            // The first follow of a pair the writer decides finds no edge and nothing newer: it is applied.
            Assert.True(!pair.Any(w => w.Follow) || followed > 0, $"no follow of {pair.Key} was applied");
            // Applied operations alternate, starting with a follow.
            Assert.InRange(followed - unfollowed, 0, 1);
            if (followed > unfollowed)
            {
                edges.Add(pair.Key);
            }
        }
        var pairs = writes.Select(w => (w.Address, w.Handle)).Distinct().ToArray();
        Assert.Equal(edges.ToHashSet(), await harness.Queries.GetFollowingPairsAsync(pairs));
        var profiles = await harness.Queries.GetProfilesAsync(members.Select(m => m.Handle!).ToArray());
        Assert.All(members, m => Assert.Equal(edges.Count(e => e.Handle == m.Handle), profiles[m.Handle!].FollowerCount));
        var following = await harness.Queries.GetFollowingCountsAsync(members.Select(m => m.Wallet.Address).ToArray());
        Assert.All(members, m => Assert.Equal(edges.Count(e => e.Address == m.Wallet.Address), following.GetValueOrDefault(m.Wallet.Address)));
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }
}
