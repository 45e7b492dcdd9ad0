using System.Text.Json.Nodes;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Tests.Graph;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.Api.Tests;

public sealed class SubscriptionTests : IAsyncLifetime
{
    private const string FollowEvents = """
        subscription($filter: FollowEventFilter!) {
          followEvents(filter: $filter) { kind address handle followerCount followingCount position acceptedAt }
        }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private ApiHarness _api = null!;

    private GraphHarness Graph => _api.Graph;

    public async Task InitializeAsync() => _api = await ApiHarness.CreateAsync(new FollowsApiOptions { SubscriberBufferSize = 2 });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    /// <summary>Subscribes once the earlier commits have been reported, so that the stream starts after them.</summary>
    private async Task<IAsyncEnumerator<ExecutionResult>> SubscribeAsync(object filter)
    {
        await Graph.WaitForFeedAsync();
        var request = new GraphQLRequest { Query = FollowEvents, Variables = ApiHarness.Variables(new { filter }) };
        var result = await _api.Executor.SubscribeAsync(_api.Executor.Prepare(FollowEvents, null), request, CancellationToken.None);
        Assert.Null(result.Error);
        return result.Stream!.GetAsyncEnumerator();
    }

    private static async Task<JsonObject> NextAsync(IAsyncEnumerator<ExecutionResult> stream)
    {
        Assert.True(await stream.MoveNextAsync().AsTask().WaitAsync(Patience));
        return ApiHarness.ToJson(stream.Current);
    }

    private static JsonNode EventOf(JsonObject result)
    {
        Assert.False(result.ContainsKey("errors"), result.ToJsonString());
        return result["data"]!["followEvents"]!;
    }

    private async Task WaitForSubscribersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (_api.Events.SubscriberCount != count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    [Fact]
    public async Task A_profile_subscription_receives_its_follows_and_unfollows_only()
    {
        await Graph.CreateMemberAsync("star");
        await Graph.CreateMemberAsync("other");
        var fan = await Graph.CreateMemberAsync();
        await using var stream = await SubscribeAsync(new { handle = "star" });

        await Graph.FollowAsync(fan, "other");
        await Graph.FollowAsync(fan, "star");
        Graph.Clock.Advance(TimeSpan.FromSeconds(1));
        await Graph.UnfollowAsync(fan, "star");

        var followed = EventOf(await NextAsync(stream));
        Assert.Equal("FOLLOW", (string)followed["kind"]!);
        Assert.Equal(fan.Address, (string)followed["address"]!);
        Assert.Equal("star", (string)followed["handle"]!);
        Assert.InRange((int)followed["followerCount"]!, 0, 1);
        Assert.InRange((int)followed["followingCount"]!, 1, 2);
        var unfollowed = EventOf(await NextAsync(stream));
        Assert.Equal("UNFOLLOW", (string)unfollowed["kind"]!);
        Assert.Equal("star", (string)unfollowed["handle"]!);
        Assert.Equal(0, (int)unfollowed["followerCount"]!);
        Assert.Equal(1, (int)unfollowed["followingCount"]!);
        Assert.True((long)unfollowed["position"]! > (long)followed["position"]!);
        Assert.Equal(Graph.Clock.NowMs, (long)unfollowed["acceptedAt"]!);
    }

    [Fact]
    public async Task An_address_subscription_receives_one_event_per_handle_of_a_batch_unfollow()
    {
        await Graph.CreateMemberAsync("one");
        await Graph.CreateMemberAsync("two");
        var fan = await Graph.CreateMemberAsync();
        var bystander = await Graph.CreateMemberAsync();
        await Graph.FollowAsync(fan, "one");
        await Graph.FollowAsync(fan, "two");
        await using var stream = await SubscribeAsync(new { address = fan.Address.ToLowerInvariant() });

        await Graph.FollowAsync(bystander, "one");
        Graph.Clock.Advance(TimeSpan.FromSeconds(1));
        var message = GraphHarness.BatchMessage(fan.Address, ["one", "two"], Graph.Clock.NowMs);
        var batch = await Graph.Graph.BatchUnfollowAsync(new(fan.Address, message, fan.Key.Sign(message), fan.Key.Spki));
        Assert.Equal(FollowStatus.Success, batch.Status);

        var first = EventOf(await NextAsync(stream));
        var second = EventOf(await NextAsync(stream));
        Assert.Equal(["UNFOLLOW:one", "UNFOLLOW:two"], new[] { first, second }.Select(e => $"{e["kind"]}:{e["handle"]}"));
        Assert.All(new[] { first, second }, e => Assert.Equal(fan.Address, (string)e["address"]!));
        Assert.Equal(0, (int)second["followingCount"]!);
    }

    [Fact]
    public async Task A_subscriber_that_falls_behind_is_ended_with_an_error_without_holding_writers()
    {
        await Graph.CreateMemberAsync("star");
        var fans = new List<Member>();
        for (var i = 0; i < 4; i++)
        {
            fans.Add(await Graph.CreateMemberAsync());
        }
        await using var slow = await SubscribeAsync(new { handle = "star" });
        Assert.Equal(1, _api.Events.SubscriberCount);

        foreach (var fan in fans)
        {
            Assert.Equal(FollowStatus.Success, (await Graph.FollowAsync(fan, "star")).Status);
        }
        await WaitForSubscribersAsync(0);

        Assert.Equal(fans[0].Address, (string)EventOf(await NextAsync(slow))["address"]!);
        Assert.Equal(fans[1].Address, (string)EventOf(await NextAsync(slow))["address"]!);
        var ended = await NextAsync(slow);
        Assert.Contains("fell too far behind", (string)ended["errors"]![0]!["message"]!);
        Assert.False(await slow.MoveNextAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task Subscriptions_to_one_profile_each_receive_its_events_and_one_leaving_does_not_end_the_others()
    {
        await Graph.CreateMemberAsync("star");
        var fan = await Graph.CreateMemberAsync();
        var other = await Graph.CreateMemberAsync();
        var leaving = await SubscribeAsync(new { handle = "star" });
        await using var first = await SubscribeAsync(new { handle = "star" });
        await using var second = await SubscribeAsync(new { handle = "star" });
        await using var ofFan = await SubscribeAsync(new { address = fan.Address });

        await Graph.FollowAsync(fan, "star");
        Assert.All(
            new[] { EventOf(await NextAsync(leaving)), EventOf(await NextAsync(first)), EventOf(await NextAsync(second)), EventOf(await NextAsync(ofFan)) },
            e => Assert.Equal("star", (string)e["handle"]!));
        await leaving.DisposeAsync();
        Assert.Equal(3, _api.Events.SubscriberCount);
        await Graph.FollowAsync(other, "star");

        Assert.Equal(other.Address, (string)EventOf(await NextAsync(first))["address"]!);
        Assert.Equal(other.Address, (string)EventOf(await NextAsync(second))["address"]!);
    }

    [Fact]
    public async Task Leaving_a_subscription_removes_its_subscriber()
    {
        await Graph.CreateMemberAsync("star");
        var fan = await Graph.CreateMemberAsync();
        var stream = await SubscribeAsync(new { handle = "star" });
        Assert.Equal(1, _api.Events.SubscriberCount);
        await Graph.FollowAsync(fan, "star");
        Assert.Equal("FOLLOW", (string)EventOf(await NextAsync(stream))["kind"]!);

        await stream.DisposeAsync();

        Assert.Equal(0, _api.Events.SubscriberCount);
    }

    [Fact]
    public async Task Cancelling_the_request_removes_its_subscriber()
    {
        using var cancel = new CancellationTokenSource();
        var request = new GraphQLRequest { Query = FollowEvents, Variables = ApiHarness.Variables(new { filter = new { handle = "star" } }) };
        var result = await _api.Executor.SubscribeAsync(_api.Executor.Prepare(FollowEvents, null), request, cancel.Token);
        await using var stream = result.Stream!.GetAsyncEnumerator(cancel.Token);
        var waiting = stream.MoveNextAsync().AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
        await WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task Cancelling_a_request_whose_stream_was_never_read_removes_its_subscriber()
    {
        using var cancel = new CancellationTokenSource();
        var request = new GraphQLRequest { Query = FollowEvents, Variables = ApiHarness.Variables(new { filter = new { handle = "star" } }) };
        var result = await _api.Executor.SubscribeAsync(_api.Executor.Prepare(FollowEvents, null), request, cancel.Token);
        Assert.NotNull(result.Stream);
        Assert.Equal(1, _api.Events.SubscriberCount);

        await cancel.CancelAsync();

        Assert.Equal(0, _api.Events.SubscriberCount);
    }

    [Fact]
    public async Task Disposing_the_broadcast_ends_open_streams_with_an_error()
    {
        await using var stream = await SubscribeAsync(new { handle = "star" });

        await _api.Events.DisposeAsync();

        Assert.Contains("shutting down", (string)(await NextAsync(stream))["errors"]![0]!["message"]!);
        Assert.False(await stream.MoveNextAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task The_filter_names_exactly_one_well_formed_key()
    {
        foreach (var filter in new object[] { new { handle = "star", address = "0x0000000000000000000000000000000000000001" }, new { }, new { address = "0x12" } })
        {
            var request = new GraphQLRequest { Query = FollowEvents, Variables = ApiHarness.Variables(new { filter }) };
            var result = await _api.Executor.SubscribeAsync(_api.Executor.Prepare(FollowEvents, null), request, CancellationToken.None);
            Assert.Null(result.Stream);
            Assert.NotEmpty(result.Error!.Errors!);
        }
        Assert.Equal(0, _api.Events.SubscriberCount);
    }
}
