using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using static GraphQlFollows.Follows.Graph.Results.FollowStatus;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class BatchUnfollowTests : IAsyncLifetime
{
    private GraphHarness _harness = null!;
    private Member _alice = null!;

    public async Task InitializeAsync()
    {
        _harness = await GraphHarness.CreateAsync();
        _alice = await _harness.CreateMemberAsync("alice");
        foreach (var handle in new[] { "bob", "carol", "dave" })
        {
            await _harness.CreateMemberAsync(handle);
        }
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private BatchRequest Request(IEnumerable<string> handles, long ts)
    {
        var message = GraphHarness.BatchMessage(_alice.Address, handles, ts);
        return new BatchRequest(_alice.Address, message, _alice.Key.Sign(message), _alice.Key.Spki);
    }

    [Fact]
    public async Task Each_handle_gets_its_own_status_and_the_changes_share_one_operation()
    {
        var now = _harness.Clock.NowMs;
        Assert.Equal(Success, (await _harness.FollowAsync(_alice, "bob", now - 10)).Status);
        Assert.Equal(Success, (await _harness.FollowAsync(_alice, "carol", now - 10)).Status);
        Assert.Equal(Success, (await _harness.FollowAsync(_alice, "dave", now + 5)).Status);
        var before = (await _harness.Queries.GetOperationsAsync(100)).Operations.Count;

        var request = Request(["bob", "nobody", "carol", "alice", "dave"], now);
        var result = await _harness.Graph.BatchUnfollowAsync(request);

        Assert.Equal(Success, result.Status);
        Assert.Equal(
            [new("bob", Success), new("nobody", HandleNotFound), new("carol", Success), new("alice", InvalidAddress), new("dave", MessageExpired)],
            result.Handles);
        var operations = (await _harness.Queries.GetOperationsAsync(100)).Operations;
        Assert.Equal(before + 1, operations.Count);
        Assert.Equal("batchUnfollow", operations[^1].Kind);
        Assert.Equal(["bob", "carol"], operations[^1].Handles);
        Assert.Equal(1, (await _harness.Queries.GetFollowingCountsAsync([_alice.Wallet.Address]))[_alice.Wallet.Address]);

        var retry = await _harness.Graph.BatchUnfollowAsync(request);
        Assert.Equal([Success, HandleNotFound, Success, InvalidAddress, MessageExpired], retry.Handles.Select(h => h.Status));
        Assert.Equal(before + 1, (await _harness.Queries.GetOperationsAsync(100)).Operations.Count);

        var later = await _harness.Graph.BatchUnfollowAsync(Request(["bob"], now + 10));
        Assert.Equal([new HandleStatus("bob", AlreadyDone)], later.Handles);
    }

    [Fact]
    public async Task More_than_20_handles_or_none_is_INVALID_MESSAGE()
    {
        var now = _harness.Clock.NowMs;
        var many = Enumerable.Range(0, 21).Select(i => $"user{i}").ToArray();
        Assert.Equal(InvalidMessage, (await _harness.Graph.BatchUnfollowAsync(Request(many, now))).Status);
        Assert.Equal(InvalidMessage, (await _harness.Graph.BatchUnfollowAsync(Request([], now))).Status);
        var twenty = await _harness.Graph.BatchUnfollowAsync(Request(many[..20], now));
        Assert.Equal(20, twenty.Handles.Count);
        Assert.All(twenty.Handles, h => Assert.Equal(HandleNotFound, h.Status));
    }

    [Fact]
    public async Task A_handle_named_twice_is_INVALID_MESSAGE_with_one_status_per_handle_listed()
    {
        var now = _harness.Clock.NowMs;
        Assert.Equal(Success, (await _harness.FollowAsync(_alice, "bob", now - 10)).Status);
        var before = (await _harness.Queries.GetOperationsAsync(100)).Operations.Count;

        string[] listed = ["bob", "carol", "bob"];
        var result = await _harness.Graph.BatchUnfollowAsync(Request(listed, now) with { Handles = listed });

        Assert.Equal(InvalidMessage, result.Status);
        Assert.Equal([new("bob", InvalidMessage), new("carol", InvalidMessage), new("bob", InvalidMessage)], result.Handles);
        // Twenty distinct handles and one repeated: 21 entries are more than a batch holds, and a repeat besides.
        var many = Enumerable.Range(0, 20).Select(i => $"user{i}").Append("user0").ToArray();
        var tooMany = await _harness.Graph.BatchUnfollowAsync(Request(many, now) with { Handles = many });
        Assert.Equal(InvalidMessage, tooMany.Status);
        Assert.Equal(21, tooMany.Handles.Count);
        Assert.Equal(before, (await _harness.Queries.GetOperationsAsync(100)).Operations.Count);
        Assert.True(await _harness.Queries.IsFollowingAsync(_alice.Wallet.Address, "bob"));
    }

    [Fact]
    public async Task Whole_request_failures_apply_to_every_handle_in_order()
    {
        var now = _harness.Clock.NowMs;
        var request = Request(["bob", "carol"], now);
        Assert.Equal(InvalidMessage, (await _harness.Graph.BatchUnfollowAsync(request with { Handles = ["carol", "bob"] })).Status);
        Assert.Equal(InvalidSigningKey, (await _harness.Graph.BatchUnfollowAsync(request with { SigningKey = "AAAA" })).Status);
        var bad = await _harness.Graph.BatchUnfollowAsync(request with { Signature = "0x01" });
        Assert.Equal(InvalidSignature, bad.Status);
        Assert.Equal([new("bob", InvalidSignature), new("carol", InvalidSignature)], bad.Handles);
        var stale = await _harness.Graph.BatchUnfollowAsync(Request(["bob"], now - 11 * 60 * 1000));
        Assert.Equal(MessageExpired, stale.Status);
    }

    [Fact]
    public async Task Each_handle_costs_one_permit()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 3 });
        var eve = await harness.CreateMemberAsync();
        var message = GraphHarness.BatchMessage(eve.Address, ["aaa", "bbb", "ccc", "ddd"], harness.Clock.NowMs);
        var result = await harness.Graph.BatchUnfollowAsync(new(eve.Address, message, eve.Key.Sign(message), eve.Key.Spki));
        Assert.Equal(RateLimited, result.Status);
    }
}
