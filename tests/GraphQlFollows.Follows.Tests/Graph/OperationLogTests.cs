using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class OperationLogTests
{
    [Fact]
    public async Task Every_kind_of_operation_is_logged_with_a_recomputable_chained_digest()
    {
        await using var harness = await GraphHarness.CreateAsync();
        var alice = await harness.CreateMemberAsync("alice");
        var bob = await harness.CreateMemberAsync("bob");
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(alice, "bob")).Status);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FollowStatus.Success, (await harness.UnfollowAsync(alice, "bob")).Status);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(bob, "alice")).Status);
        var batch = GraphHarness.BatchMessage(bob.Address, ["alice"], harness.Clock.NowMs + 1);
        Assert.Equal(FollowStatus.Success, (await harness.Graph.BatchUnfollowAsync(new(bob.Address, batch, bob.Key.Sign(batch), bob.Key.Spki))).Status);
        var revoke = GraphHarness.RevokeMessage(bob.Address, bob.Key.Spki, harness.Clock.NowMs);
        Assert.Equal(RevokeSigningKeyStatus.Success,
            (await harness.Graph.RevokeSigningKeyAsync(new(bob.Address, bob.Key.Spki, revoke, bob.Wallet.Sign(revoke)))).Status);

        var operations = (await harness.Queries.GetOperationsAsync(100)).Operations;
        Assert.Equal(
            ["registerSigningKey", "createProfile", "registerSigningKey", "createProfile", "follow", "unfollow", "follow", "batchUnfollow", "revokeSigningKey"],
            operations.Select(o => o.Kind));
        DigestChain.AssertRecomputes(operations, fromGenesis: true);
        Assert.Null(operations[0].SigningKeyAuth);
        Assert.Equal(bob.Wallet.Address, operations[^1].SigningKeyAuth!.Address);
    }

    [Fact]
    public async Task The_chain_continues_across_restarts_and_pages()
    {
        await using var harness = await GraphHarness.CreateAsync();
        var alice = await harness.CreateMemberAsync("alice");
        await using (var restarted = new FollowGraph(harness.Database.Factory, new FollowGraphOptions(), harness.Clock))
        {
            await restarted.StartAsync();
            var carol = new TestWallet();
            var message = GraphHarness.ProfileMessage(carol.Text, "carol", harness.Clock.NowMs);
            Assert.Equal(CreateProfileStatus.Success,
                (await restarted.CreateProfileAsync(new(carol.Text, "carol", message, carol.Sign(message)))).Status);
        }

        var first = await harness.Queries.GetOperationsAsync(2);
        Assert.True(first.HasNextPage);
        var rest = await harness.Queries.GetOperationsAsync(10, first.Operations[^1].Position);
        Assert.False(rest.HasNextPage);
        Assert.Equal(3, first.Operations.Count + rest.Operations.Count);
        DigestChain.AssertRecomputes([.. first.Operations, .. rest.Operations], fromGenesis: true);
        DigestChain.AssertRecomputes(rest.Operations, fromGenesis: false);
    }

    [Fact]
    public async Task Subscribers_hear_of_each_commit_once_and_in_log_order()
    {
        await using var harness = await GraphHarness.CreateAsync();
        var heard = new List<OperationProof>();
        harness.Graph.OperationsCommitted += operations => { lock (heard) { heard.AddRange(operations); } };
        var alice = await harness.CreateMemberAsync("alice");
        var bob = await harness.CreateMemberAsync("bob");
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(alice, "bob")).Status);

        // Events are reported after the commit, from the log's feed.
        await harness.WaitForFeedAsync();
        lock (heard)
        {
            Assert.Equal([1L, 2, 3, 4, 5], heard.Select(o => o.Position));
            Assert.Equal("follow", heard[^1].Kind);
        }
    }
}
