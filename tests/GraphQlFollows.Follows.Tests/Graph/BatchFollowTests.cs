using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using static GraphQlFollows.Follows.Graph.Results.FollowStatus;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class BatchFollowTests
{
    [Fact]
    public async Task Each_handle_gets_its_own_status_and_the_follows_share_one_operation()
    {
        await using var harness = await GraphHarness.CreateAsync();
        var alice = await harness.CreateMemberAsync("alice");
        var bob = await harness.CreateMemberAsync("bob");
        foreach (var handle in new[] { "carol", "dave" })
        {
            await harness.CreateMemberAsync(handle);
        }
        var now = harness.Clock.NowMs;
        Assert.Equal(Success, (await harness.FollowAsync(alice, "carol", now - 10)).Status);
        Assert.Equal(Success, (await harness.FollowAsync(alice, "dave", now + 5)).Status);
        Assert.Equal(Success, (await harness.UnfollowAsync(alice, "dave", now + 6)).Status);
        Assert.Equal(Success, (await harness.BlockAsync(bob, alice.Address)).Status);
        await harness.CreateMemberAsync("erin");
        var request = harness.BatchRequest(alice, ["erin", "carol", "dave", "bob", "nobody", "alice"], now);
        var before = await harness.Queries.CountOperationsAsync();

        var result = await harness.Graph.BatchFollowAsync(request);

        Assert.Equal(Success, result.Status);
        Assert.Equal(
            [new("erin", Success), new("carol", AlreadyDone), new("dave", MessageExpired), new("bob", HandleNotFound),
             new("nobody", HandleNotFound), new("alice", InvalidAddress)],
            result.Handles);
        var operations = (await harness.Queries.GetOperationsAsync(100)).Operations;
        Assert.Equal(before + 1, operations.Count);
        Assert.Equal(OperationKinds.BatchFollow, operations[^1].Kind);
        Assert.Equal(["erin"], operations[^1].Handles);
        Assert.Equal(2, (await harness.Queries.GetFollowingCountsAsync([alice.Wallet.Address]))[alice.Wallet.Address]);
        Assert.Equal(Success, (await harness.Graph.BatchFollowAsync(request)).Handles[0].Status); // the identical retry
        Assert.Equal(before + 1, await harness.Queries.CountOperationsAsync());
        Assert.Equal(InvalidMessage, (await harness.Graph.BatchFollowAsync(harness.BatchRequest(alice, ["erin"], now, "batchUnfollow"))).Status);
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }
}
