using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Store;
using static GraphQlFollows.Follows.Graph.Results.FollowStatus;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>Blocks: what a block does to the graph, and each status in the contract's order of checks.</summary>
public sealed class BlockTests
{
    [Fact]
    public Task On_sqlite_a_block_ends_the_follow_and_hides_the_profile_until_lifted() =>
        BlockEndsTheFollowAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task On_postgresql_a_block_ends_the_follow_and_hides_the_profile_until_lifted() =>
        BlockEndsTheFollowAsync(StorageProvider.PostgreSql);

    private static async Task BlockEndsTheFollowAsync(StorageProvider provider)
    {
        await using var harness = await GraphHarness.CreateAsync(provider: provider);
        var alice = await harness.CreateMemberAsync("alice");
        var fan = await harness.CreateMemberAsync();
        var friend = await harness.CreateMemberAsync();
        var queries = harness.Queries;
        var lastFollow = harness.PairRequest(fan, "alice", ts: harness.Clock.NowMs - 5);
        Assert.Equal(Success, (await harness.Graph.FollowAsync(lastFollow)).Status);
        Assert.Equal(Success, (await harness.FollowAsync(friend, "alice")).Status);

        Assert.Equal(Success, (await harness.BlockAsync(alice, fan.Address)).Status);

        Assert.Equal(1, (await queries.GetProfilesAsync(["alice"]))["alice"].FollowerCount);
        Assert.Equal(0, (await queries.GetFollowingCountsAsync([fan.Wallet.Address]))[fan.Wallet.Address]);
        Assert.Equal([friend.Wallet.Address], (await queries.GetFollowersAsync("alice", new(First: 10))).Edges.Select(e => e.Address));
        Assert.True(await queries.IsBlockedAsync("alice", fan.Wallet.Address));
        Assert.False(await queries.IsBlockedAsync("alice", friend.Wallet.Address));
        var blocked = await queries.GetBlockedAsync("alice", new(First: 10));
        Assert.Equal([fan.Wallet.Address], blocked.Edges.Select(e => e.Address));
        Assert.Equal(1, await queries.CountBlockedAsync("alice"));
        var operation = (await queries.GetOperationsAsync([blocked.Edges[0].Operation]))[blocked.Edges[0].Operation];
        Assert.Equal((OperationKinds.Block, alice.Address.ToLowerInvariant()), (operation.Kind, operation.Address.Value));

        Assert.Equal(HandleNotFound, (await harness.FollowAsync(fan, "alice")).Status);
        Assert.Equal(HandleNotFound, (await harness.UnfollowAsync(fan, "alice")).Status);
        Assert.Equal(HandleNotFound, (await harness.Graph.BatchFollowAsync(harness.BatchRequest(fan, ["alice"]))).Handles[0].Status);

        Assert.Equal(Success, (await harness.UnblockAsync(alice, fan.Address, harness.Clock.NowMs + 1)).Status);
        Assert.False(await queries.IsBlockedAsync("alice", fan.Wallet.Address));
        Assert.Empty((await queries.GetBlockedAsync("alice", new(First: 10))).Edges);
        // The follow the block ended is not a retry any more: the block is the pair's last operation.
        Assert.Equal(MessageExpired, (await harness.Graph.FollowAsync(lastFollow)).Status);
        Assert.Equal(Success, (await harness.FollowAsync(fan, "alice", harness.Clock.NowMs + 2)).Status);
        Assert.Equal(2, (await queries.GetProfilesAsync(["alice"]))["alice"].FollowerCount);

        DigestChain.AssertRecomputes((await queries.GetOperationsAsync(100)).Operations, fromGenesis: true);
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }

    [Fact]
    public async Task Each_status_comes_in_the_contract_order()
    {
        await using var harness = await GraphHarness.CreateAsync();
        var alice = await harness.CreateMemberAsync("alice");
        var bob = await harness.CreateMemberAsync("bob");
        var fan = await harness.CreateMemberAsync();
        var now = harness.Clock.NowMs;
        var graph = harness.Graph;
        var good = harness.BlockRequest(alice, "alice", fan.Address);
        // Each request fails its own check and every later one.
        var failsEveryCheck = good with { Message = "not json", Signature = "0x00", SigningKey = "not a key" };
        using var stranger = new TestSigningKey();

        Assert.Equal(InvalidAddress, (await graph.BlockAsync(failsEveryCheck with { Address = "0x123" })).Status);
        Assert.Equal(InvalidAddress, (await graph.UnblockAsync(failsEveryCheck with { Target = "not an address" })).Status);
        Assert.Equal(InvalidMessage, (await graph.BlockAsync(failsEveryCheck)).Status);
        var withoutTarget = GraphHarness.PairMessage("block", alice.Address, "alice", now);
        Assert.Equal(InvalidMessage, (await graph.BlockAsync(good with { Message = withoutTarget, Signature = alice.Key.Sign(withoutTarget) })).Status);
        var otherTarget = harness.BlockRequest(alice, "alice", bob.Address);
        Assert.Equal(InvalidMessage, (await graph.BlockAsync(otherTarget with { Target = fan.Address })).Status);
        Assert.Equal(InvalidMessage, (await graph.UnblockAsync(good)).Status);
        var stale = harness.BlockRequest(alice, "alice", fan.Address, ts: now - 11 * 60 * 1000);
        Assert.Equal(MessageExpired, (await graph.BlockAsync(stale with { SigningKey = stranger.Spki, Signature = "0x00" })).Status);
        Assert.Equal(InvalidSigningKey, (await graph.BlockAsync(good with { SigningKey = stranger.Spki, Signature = stranger.Sign(good.Message!) })).Status);
        Assert.Equal(InvalidSignature, (await graph.BlockAsync(good with { Signature = bob.Key.Sign(good.Message!) })).Status);
        Assert.Equal(HandleNotFound, (await graph.BlockAsync(harness.BlockRequest(alice, "nobody", fan.Address))).Status);
        Assert.Equal(InvalidAddress, (await graph.BlockAsync(harness.BlockRequest(bob, "alice", fan.Address))).Status);
        Assert.Equal(InvalidAddress, (await graph.BlockAsync(harness.BlockRequest(alice, "alice", alice.Address))).Status);
        Assert.Equal(AlreadyDone, (await graph.UnblockAsync(harness.BlockRequest(alice, "alice", fan.Address, "unblock"))).Status);

        var block = harness.BlockRequest(alice, "alice", fan.Address, ts: now - 10);
        Assert.Equal(Success, (await graph.BlockAsync(block)).Status);
        Assert.Equal(Success, (await graph.BlockAsync(block)).Status); // the identical retry
        var count = await harness.Queries.CountOperationsAsync();
        Assert.Equal(MessageExpired, (await graph.UnblockAsync(harness.BlockRequest(alice, "alice", fan.Address, "unblock", now - 11))).Status);
        Assert.Equal(MessageExpired, (await graph.BlockAsync(harness.BlockRequest(bob, "alice", fan.Address, ts: now - 10))).Status);
        Assert.Equal(AlreadyDone, (await graph.BlockAsync(harness.BlockRequest(alice, "alice", fan.Address, ts: now - 9))).Status);
        Assert.Equal(count, await harness.Queries.CountOperationsAsync());
    }

    [Fact]
    public async Task The_rate_is_checked_after_the_signature_and_before_the_handle()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 2 });
        var alice = await harness.CreateMemberAsync("alice"); // the claim spends one permit
        var fan = await harness.CreateMemberAsync();
        var forged = harness.BlockRequest(alice, "alice", fan.Address);
        Assert.Equal(InvalidSignature, (await harness.Graph.BlockAsync(forged with { Signature = fan.Key.Sign(forged.Message!) })).Status);
        Assert.Equal(Success, (await harness.Graph.BlockAsync(forged)).Status);
        Assert.Equal(RateLimited, (await harness.Graph.BlockAsync(harness.BlockRequest(alice, "nobody", fan.Address))).Status);
    }

    [Fact]
    public async Task A_block_and_a_follow_in_one_commit_are_decided_in_queue_order()
    {
        await using var harness = await GraphHarness.CreateAsync();
        var alice = await harness.CreateMemberAsync("alice");
        var fan = await harness.CreateMemberAsync();
        var now = harness.Clock.NowMs;
        // Submitted together, they usually share a commit; either way each sees the one before it.
        var follow = harness.FollowAsync(fan, "alice", now - 3);
        var block = harness.BlockAsync(alice, fan.Address, now - 2);
        var again = harness.FollowAsync(fan, "alice", now - 1);
        Assert.Equal([Success, Success, HandleNotFound], (await Task.WhenAll(follow, block, again)).Select(r => r.Status));
        Assert.Equal(0, (await harness.Queries.GetProfilesAsync(["alice"]))["alice"].FollowerCount);
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }
}
