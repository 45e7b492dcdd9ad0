using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Tests.Graph;

namespace GraphQlFollows.Api.Tests;

public sealed class MutationTests : IAsyncLifetime
{
    private const string Register = "mutation($input: RegisterSigningKeyRequest!) { registerSigningKey(input: $input) { status } }";
    private const string Revoke = "mutation($input: RevokeSigningKeyRequest!) { revokeSigningKey(input: $input) { status tsInServer } }";
    private const string CreateProfile = "mutation($input: CreateProfileRequest!) { createProfile(input: $input) { status tsInServer } }";
    private const string Follow = "mutation($input: FollowRequest!) { follow(input: $input) { status tsInServer } }";
    private const string Unfollow = "mutation($input: UnFollowRequest!) { unfollow(input: $input) { status tsInServer } }";
    private const string BatchUnfollow =
        "mutation($input: BatchUnfollowRequest!) { batchUnfollow(input: $input) { status tsInServer results { handle status } } }";

    private ApiHarness _api = null!;

    private GraphHarness Graph => _api.Graph;

    public async Task InitializeAsync() => _api = await ApiHarness.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static object Input(FollowRequest request) => new { input = ApiHarness.PairInput(request) };

    private async Task<long> OperationCountAsync() => (await Graph.Queries.GetOperationsAsync(100)).Operations.Count;

    [Fact]
    public async Task RegisterSigningKey_answers_the_domain_status_and_a_malformed_address_reaches_the_domain()
    {
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        var message = GraphHarness.AuthorizationMessage(key.Spki);
        var input = new { address = wallet.Text, message, signature = wallet.Sign(message) };

        var data = await _api.DataAsync(Register, new { input });
        Assert.Equal("SUCCESS", (string)data["registerSigningKey"]!["status"]!);

        var malformed = await _api.DataAsync(Register, new { input = input with { address = "0x1234" } });
        Assert.Equal("INVALID_ADDRESS", (string)malformed["registerSigningKey"]!["status"]!);
    }

    [Fact]
    public async Task CreateProfile_claims_a_handle_once_and_reports_the_server_clock()
    {
        var wallet = new TestWallet();
        var message = GraphHarness.ProfileMessage(wallet.Text, "alice", Graph.Clock.NowMs);
        var input = new { address = wallet.Text, handle = "alice", message, signature = wallet.Sign(message) };

        var created = (await _api.DataAsync(CreateProfile, new { input }))["createProfile"]!;
        Assert.Equal("SUCCESS", (string)created["status"]!);
        Assert.Equal(Graph.Clock.NowMs, (long)created["tsInServer"]!);

        var rival = new TestWallet();
        var rivalMessage = GraphHarness.ProfileMessage(rival.Text, "alice", Graph.Clock.NowMs);
        var rivalInput = new { address = rival.Text, handle = "alice", message = rivalMessage, signature = rival.Sign(rivalMessage) };
        var again = (await _api.DataAsync(CreateProfile, new { input = rivalInput }))["createProfile"]!;
        Assert.Equal("HANDLE_TAKEN", (string)again["status"]!);

        var badHandle = GraphHarness.ProfileMessage(wallet.Text, "No!", Graph.Clock.NowMs);
        var invalid = await _api.DataAsync(CreateProfile, new { input = new { address = wallet.Text, handle = "No!", message = badHandle, signature = wallet.Sign(badHandle) } });
        Assert.Equal("INVALID_HANDLE", (string)invalid["createProfile"]!["status"]!);
    }

    [Fact]
    public async Task Follow_and_unfollow_change_the_graph_and_answer_each_status()
    {
        await Graph.CreateMemberAsync("star");
        var fan = await Graph.CreateMemberAsync();

        var followed = (await _api.DataAsync(Follow, Input(Graph.PairRequest(fan, "star"))))["follow"]!;
        Assert.Equal("SUCCESS", (string)followed["status"]!);
        Assert.Equal(Graph.Clock.NowMs, (long)followed["tsInServer"]!);
        Assert.True(await Graph.Queries.IsFollowingAsync(fan.Wallet.Address, "star"));

        Graph.Clock.Advance(TimeSpan.FromSeconds(1));
        var twice = (await _api.DataAsync(Follow, Input(Graph.PairRequest(fan, "star"))))["follow"]!;
        Assert.Equal("ALREADY_DONE", (string)twice["status"]!);

        Graph.Clock.Advance(TimeSpan.FromSeconds(1));
        var unfollowed = (await _api.DataAsync(Unfollow, Input(Graph.PairRequest(fan, "star", "unfollow"))))["unfollow"]!;
        Assert.Equal("SUCCESS", (string)unfollowed["status"]!);
        Assert.False(await Graph.Queries.IsFollowingAsync(fan.Wallet.Address, "star"));

        var missing = (await _api.DataAsync(Follow, Input(Graph.PairRequest(fan, "nobody"))))["follow"]!;
        Assert.Equal("HANDLE_NOT_FOUND", (string)missing["status"]!);
    }

    [Fact]
    public async Task Follow_accepts_the_address_in_lowercase_as_well_as_checksummed()
    {
        await Graph.CreateMemberAsync("star");
        var fan = await Graph.CreateMemberAsync();
        var request = Graph.PairRequest(fan, "star") with { Address = fan.Address.ToLowerInvariant() };

        var followed = await _api.DataAsync(Follow, Input(request));

        Assert.Equal("SUCCESS", (string)followed["follow"]!["status"]!);
    }

    [Fact]
    public async Task A_malformed_AddressEVM_is_refused_by_the_engine_before_the_domain()
    {
        await Graph.CreateMemberAsync("star");
        var fan = await Graph.CreateMemberAsync();
        var before = await OperationCountAsync();
        var request = Graph.PairRequest(fan, "star");
        // The EIP-55 example 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed with one letter's case changed.
        const string wrongChecksum = "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

        foreach (var address in new[] { "0x12", "not an address", wrongChecksum })
        {
            var errors = await _api.ErrorsAsync(Follow, Input(request with { Address = address }));
            Assert.Contains(errors, e => e.Contains("AddressEVM cannot represent") && e.Contains("EIP-55"));
        }
        var literal = await _api.ErrorsAsync("mutation { follow(input: {address: \"0x12\", handle: \"star\", message: \"{}\", signature: \"0x\", signingKey: \"k\"}) { status } }");
        Assert.Contains(literal, e => e.Contains("AddressEVM cannot represent"));
        Assert.Equal(before, await OperationCountAsync());
    }

    [Fact]
    public async Task Inputs_of_the_wrong_type_are_request_errors()
    {
        var result = await _api.ExecuteAsync(Follow, new { input = new { address = "0x0000000000000000000000000000000000000001", handle = 5, message = "m", signature = "s", signingKey = "k" } });

        Assert.False(result.ContainsKey("data"));
        Assert.Contains("handle", result["errors"]![0]!["message"]!.ToString());
    }

    [Fact]
    public async Task Unfollow_takes_its_address_as_text_and_answers_INVALID_ADDRESS_for_a_malformed_one()
    {
        await Graph.CreateMemberAsync("star");
        var fan = await Graph.CreateMemberAsync();

        var data = await _api.DataAsync(Unfollow, Input(Graph.PairRequest(fan, "star", "unfollow") with { Address = "0xzz" }));

        Assert.Equal("INVALID_ADDRESS", (string)data["unfollow"]!["status"]!);
    }

    [Fact]
    public async Task BatchUnfollow_answers_one_status_per_handle()
    {
        await Graph.CreateMemberAsync("one");
        await Graph.CreateMemberAsync("two");
        await Graph.CreateMemberAsync("three");
        var fan = await Graph.CreateMemberAsync();
        await Graph.FollowAsync(fan, "one");
        await Graph.FollowAsync(fan, "two");
        Graph.Clock.Advance(TimeSpan.FromSeconds(1));
        string[] handles = ["one", "two", "three"];
        var message = GraphHarness.BatchMessage(fan.Address, handles, Graph.Clock.NowMs);
        var input = new { address = fan.Address, handles, message, signature = fan.Key.Sign(message), signingKey = fan.Key.Spki };

        var batch = (await _api.DataAsync(BatchUnfollow, new { input }))["batchUnfollow"]!;

        Assert.Equal("SUCCESS", (string)batch["status"]!);
        Assert.Equal(Graph.Clock.NowMs, (long)batch["tsInServer"]!);
        Assert.Equal(
            ["one:SUCCESS", "two:SUCCESS", "three:ALREADY_DONE"],
            batch["results"]!.AsArray().Select(r => $"{r!["handle"]}:{r["status"]}"));
        Assert.False(await Graph.Queries.IsFollowingAsync(fan.Wallet.Address, "one"));
    }

    [Fact]
    public async Task BatchUnfollow_with_a_bad_signature_fails_as_a_whole()
    {
        await Graph.CreateMemberAsync("one");
        var fan = await Graph.CreateMemberAsync();
        var message = GraphHarness.BatchMessage(fan.Address, ["one"], Graph.Clock.NowMs);
        using var other = new TestSigningKey();
        var input = new { address = fan.Address, handles = new[] { "one" }, message, signature = other.Sign(message), signingKey = fan.Key.Spki };

        var batch = (await _api.DataAsync(BatchUnfollow, new { input }))["batchUnfollow"]!;

        Assert.Equal("INVALID_SIGNATURE", (string)batch["status"]!);
    }

    [Fact]
    public async Task RevokeSigningKey_retires_the_key_for_later_follows()
    {
        await Graph.CreateMemberAsync("star");
        var fan = await Graph.CreateMemberAsync();
        var message = GraphHarness.RevokeMessage(fan.Address, fan.Key.Spki, Graph.Clock.NowMs);
        var input = new { address = fan.Address, signingKey = fan.Key.Spki, message, signature = fan.Wallet.Sign(message) };

        var revoked = (await _api.DataAsync(Revoke, new { input }))["revokeSigningKey"]!;
        Assert.Equal("SUCCESS", (string)revoked["status"]!);
        Assert.Equal(Graph.Clock.NowMs, (long)revoked["tsInServer"]!);

        var follow = await _api.DataAsync(Follow, Input(Graph.PairRequest(fan, "star")));
        Assert.Equal("INVALID_SIGNING_KEY", (string)follow["follow"]!["status"]!);
    }
}
