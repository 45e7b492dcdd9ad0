using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using static GraphQlFollows.Follows.Graph.Results.FollowStatus;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// Each status of follow and unfollow, reached with a request that would also fail every later check, so the
/// contract's order is what decides.
/// </summary>
public sealed class FollowCheckOrderTests : IAsyncLifetime
{
    private GraphHarness _harness = null!;
    private Member _alice = null!;
    private Member _bob = null!;

    public async Task InitializeAsync()
    {
        _harness = await GraphHarness.CreateAsync();
        _alice = await _harness.CreateMemberAsync("alice");
        _bob = await _harness.CreateMemberAsync("bob");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private long Now => _harness.Clock.NowMs;

    [Theory]
    [InlineData("0x123")]
    [InlineData("not an address")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Malformed_address_is_INVALID_ADDRESS_before_anything_else(string? address)
    {
        var request = new FollowRequest(address, "nobody", "not json", "0x00", "not a key");
        Assert.Equal(InvalidAddress, (await _harness.Graph.FollowAsync(request)).Status);
        Assert.Equal(InvalidAddress, (await _harness.Graph.UnfollowAsync(request)).Status);
    }

    [Fact]
    public async Task Mixed_case_address_with_a_bad_checksum_is_INVALID_ADDRESS()
    {
        var text = _alice.Address;
        var flipped = text[..2] + string.Concat(text[2..].Select(c => char.IsLetter(c) ? (char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)) : c));
        Assert.True(flipped[2..].Any(char.IsUpper) && flipped[2..].Any(char.IsLower));
        var request = _harness.PairRequest(_alice, "bob") with { Address = flipped };
        Assert.Equal(InvalidAddress, (await _harness.Graph.FollowAsync(request)).Status);
    }

    private static string[] BrokenMessages(string address) =>
    [
        "not json",
        "[]",
        "\"text\"",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob"}""",
        $$"""{"op":"follow","address":"{{address}}","ts":1}""",
        $$"""{"op":"follow","handle":"bob","ts":1}""",
        $$"""{"address":"{{address}}","handle":"bob","ts":1}""",
        $$"""{"op":"unfollow","address":"{{address}}","handle":"bob","ts":1}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"carol","ts":1}""",
        $$"""{"op":"follow","address":"0x0000000000000000000000000000000000000001","handle":"bob","ts":1}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","ts":1.5}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","ts":-1}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","ts":"12a"}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","ts":""}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","ts":true}""",
        $$"""{"op":"follow","address":"{{address}}","handle":5,"ts":1}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","handle":"bob","ts":1}""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","ts":1} trailing""",
        $$"""{"op":"follow","address":"{{address}}","handle":"bob","ts":1""",
    ];

    [Fact]
    public async Task Broken_messages_are_INVALID_MESSAGE_before_the_clock_and_the_key()
    {
        foreach (var message in BrokenMessages(_alice.Address))
        {
            var request = new FollowRequest(_alice.Address, "bob", message, "0x00", "not a key");
            Assert.True(InvalidMessage == (await _harness.Graph.FollowAsync(request)).Status, message);
        }
    }

    [Fact]
    public async Task Message_over_4_KiB_is_INVALID_MESSAGE()
    {
        var padding = new string('x', 4096);
        var message = $$"""{"op":"follow","address":"{{_alice.Address}}","handle":"bob","ts":{{Now}},"pad":"{{padding}}"}""";
        var request = new FollowRequest(_alice.Address, "bob", message, _alice.Key.Sign(message), _alice.Key.Spki);
        Assert.Equal(InvalidMessage, (await _harness.Graph.FollowAsync(request)).Status);
    }

    [Fact]
    public async Task Unknown_fields_and_string_ts_and_lowercase_message_address_are_accepted()
    {
        var message = $$"""{"ts":"{{Now}}","handle":"bob","extra":{"a":[1]},"address":"{{_alice.Address.ToLowerInvariant()}}","op":"follow"}""";
        var request = new FollowRequest(_alice.Address, "bob", message, _alice.Key.Sign(message), _alice.Key.Spki);
        Assert.Equal(Success, (await _harness.Graph.FollowAsync(request)).Status);
    }

    [Theory]
    [InlineData(-10 * 60 * 1000 - 1)]
    [InlineData(2 * 60 * 1000 + 1)]
    public async Task Ts_outside_the_clock_window_is_MESSAGE_EXPIRED_before_the_key(long offsetMs)
    {
        var message = GraphHarness.PairMessage("follow", _alice.Address, "bob", Now + offsetMs);
        var request = new FollowRequest(_alice.Address, "bob", message, "0x00", "not a key");
        var result = await _harness.Graph.FollowAsync(request);
        Assert.Equal(MessageExpired, result.Status);
        Assert.Equal(Now, result.TsInServer);
    }

    [Theory]
    [InlineData(-10 * 60 * 1000)]
    [InlineData(2 * 60 * 1000)]
    public async Task Ts_at_the_edges_of_the_window_is_accepted(long offsetMs)
    {
        Assert.Equal(Success, (await _harness.FollowAsync(_alice, "bob", Now + offsetMs)).Status);
    }

    [Fact]
    public async Task Key_that_is_not_P256_is_INVALID_SIGNING_KEY_before_the_signature()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        foreach (var key in new[] { "not base64!", "", Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()) })
        {
            var request = _harness.PairRequest(_alice, "bob") with { SigningKey = key, Signature = "0x00" };
            Assert.Equal(InvalidSigningKey, (await _harness.Graph.FollowAsync(request)).Status);
        }
    }

    [Fact]
    public async Task Unregistered_key_or_key_of_another_address_is_INVALID_SIGNING_KEY()
    {
        using var stranger = new TestSigningKey();
        var message = GraphHarness.PairMessage("follow", _alice.Address, "bob", Now);
        var unregistered = new FollowRequest(_alice.Address, "bob", message, stranger.Sign(message), stranger.Spki);
        Assert.Equal(InvalidSigningKey, (await _harness.Graph.FollowAsync(unregistered)).Status);

        var bobsKey = new FollowRequest(_alice.Address, "bob", message, _bob.Key.Sign(message), _bob.Key.Spki);
        Assert.Equal(InvalidSigningKey, (await _harness.Graph.FollowAsync(bobsKey)).Status);
    }

    [Fact]
    public async Task Bad_signature_is_INVALID_SIGNATURE_before_rate_and_handle()
    {
        var request = _harness.PairRequest(_alice, "nobody");
        var otherMessage = GraphHarness.PairMessage("follow", _alice.Address, "nobody", Now - 1);
        foreach (var signature in new[] { "0x00", "garbage", "", _alice.Key.Sign(otherMessage), _bob.Key.Sign(request.Message!) })
        {
            Assert.Equal(InvalidSignature, (await _harness.Graph.FollowAsync(request with { Signature = signature })).Status);
        }
        Assert.Equal(InvalidSignature, (await _harness.Graph.FollowAsync(request with { Signature = null })).Status);
    }

    [Fact]
    public async Task DER_signatures_verify_too()
    {
        var request = _harness.PairRequest(_alice, "bob");
        Assert.Equal(Success, (await _harness.Graph.FollowAsync(request with { Signature = _alice.Key.SignDer(request.Message!) })).Status);
    }

    [Fact]
    public async Task Rate_is_limited_only_after_the_signature_verified()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 3 });
        var now = harness.Clock.NowMs;
        var carol = await harness.CreateMemberAsync();
        var dave = await harness.CreateMemberAsync();
        var forged = harness.PairRequest(carol, "nobody") with { Signature = "0x00" };
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(InvalidSignature, (await harness.Graph.FollowAsync(forged)).Status);
        }
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HandleNotFound, (await harness.FollowAsync(carol, "nobody", now - i)).Status);
        }
        Assert.Equal(RateLimited, (await harness.FollowAsync(carol, "nobody", now - 3)).Status);
        Assert.Equal(HandleNotFound, (await harness.FollowAsync(dave, "nobody")).Status); // per address

        harness.Clock.Advance(TimeSpan.FromSeconds(20)); // a third of the window gives one permit back
        Assert.Equal(HandleNotFound, (await harness.FollowAsync(carol, "nobody")).Status);
        Assert.Equal(RateLimited, (await harness.FollowAsync(carol, "nobody", harness.Clock.NowMs - 1)).Status);
    }

    [Fact]
    public async Task Unknown_handle_is_HANDLE_NOT_FOUND()
    {
        Assert.Equal(HandleNotFound, (await _harness.FollowAsync(_alice, "nobody")).Status);
        Assert.Equal(HandleNotFound, (await _harness.UnfollowAsync(_alice, "nobody")).Status);
        Assert.Equal(HandleNotFound, (await _harness.FollowAsync(_alice, "BOB")).Status);
    }

    [Fact]
    public async Task Ts_not_newer_than_the_pairs_last_is_MESSAGE_EXPIRED_before_own_profile_and_already_done()
    {
        Assert.Equal(Success, (await _harness.FollowAsync(_alice, "bob", Now)).Status);
        Assert.Equal(MessageExpired, (await _harness.UnfollowAsync(_alice, "bob", Now)).Status);
        Assert.Equal(MessageExpired, (await _harness.UnfollowAsync(_alice, "bob", Now - 1)).Status);
        Assert.Equal(MessageExpired, (await _harness.FollowAsync(_alice, "bob", Now - 1)).Status); // not AlreadyDone
        Assert.Equal(Success, (await _harness.UnfollowAsync(_alice, "bob", Now + 1)).Status);
        Assert.False(await _harness.Queries.IsFollowingAsync(_alice.Wallet.Address, "bob"));
    }

    [Fact]
    public async Task Identical_retry_of_the_last_accepted_message_is_SUCCESS_and_changes_nothing()
    {
        var request = _harness.PairRequest(_alice, "bob");
        Assert.Equal(Success, (await _harness.Graph.FollowAsync(request)).Status);
        var operations = (await _harness.Queries.GetOperationsAsync(100)).Operations.Count;

        // P-256 signatures are randomised: the retry may carry another valid signature of the same text.
        var retry = request with { Signature = _alice.Key.Sign(request.Message!) };
        Assert.Equal(Success, (await _harness.Graph.FollowAsync(retry)).Status);
        Assert.Equal(Success, (await _harness.Graph.FollowAsync(request)).Status);

        Assert.Equal(operations, (await _harness.Queries.GetOperationsAsync(100)).Operations.Count);
        Assert.Equal(1, (await _harness.Queries.GetProfilesAsync(["bob"]))["bob"].FollowerCount);
        Assert.Equal(1, (await _harness.Queries.GetFollowingCountsAsync([_alice.Wallet.Address]))[_alice.Wallet.Address]);

        // Same ts with other bytes (here the ts written as a string) is a replay, not a retry.
        var rewritten = GraphHarness.PairMessage("follow", _alice.Address, "bob", Now.ToString());
        var other = new FollowRequest(_alice.Address, "bob", rewritten, _alice.Key.Sign(rewritten), _alice.Key.Spki);
        Assert.Equal(MessageExpired, (await _harness.Graph.FollowAsync(other)).Status);
    }

    [Fact]
    public async Task A_retry_after_a_newer_operation_is_MESSAGE_EXPIRED()
    {
        var follow = _harness.PairRequest(_alice, "bob", "follow", Now);
        Assert.Equal(Success, (await _harness.Graph.FollowAsync(follow)).Status);
        Assert.Equal(Success, (await _harness.UnfollowAsync(_alice, "bob", Now + 1)).Status);
        Assert.Equal(MessageExpired, (await _harness.Graph.FollowAsync(follow)).Status);
    }

    [Fact]
    public async Task Following_ones_own_profile_is_INVALID_ADDRESS_before_ALREADY_DONE()
    {
        Assert.Equal(InvalidAddress, (await _harness.FollowAsync(_alice, "alice")).Status);
        Assert.Equal(InvalidAddress, (await _harness.UnfollowAsync(_alice, "alice", Now + 1)).Status);
    }

    [Fact]
    public async Task Following_twice_or_unfollowing_when_not_following_is_ALREADY_DONE()
    {
        Assert.Equal(AlreadyDone, (await _harness.UnfollowAsync(_alice, "bob", Now - 5)).Status);
        Assert.Equal(Success, (await _harness.FollowAsync(_alice, "bob", Now - 4)).Status);
        Assert.Equal(AlreadyDone, (await _harness.FollowAsync(_alice, "bob", Now - 3)).Status);
        Assert.Equal(Success, (await _harness.UnfollowAsync(_alice, "bob", Now - 2)).Status);
        Assert.Equal(AlreadyDone, (await _harness.UnfollowAsync(_alice, "bob", Now - 1)).Status);
    }

    [Fact]
    public async Task Success_moves_the_edge_both_counts_and_appends_one_operation()
    {
        var result = await _harness.FollowAsync(_alice, "bob");
        Assert.Equal(Success, result.Status);
        Assert.Equal(Now, result.TsInServer);
        Assert.True(await _harness.Queries.IsFollowingAsync(_alice.Wallet.Address, "bob"));
        Assert.Equal(1, (await _harness.Queries.GetProfilesAsync(["bob"]))["bob"].FollowerCount);

        var last = (await _harness.Queries.GetOperationsAsync(100)).Operations[^1];
        Assert.Equal("follow", last.Kind);
        Assert.Equal(_alice.Wallet.Address, last.Address);
        Assert.Equal(["bob"], last.Handles);
        Assert.Equal(_alice.Key.Spki, last.SigningKey);
        Assert.Equal(GraphHarness.AuthorizationMessage(_alice.Key.Spki), last.SigningKeyAuth!.Message);

        Assert.Equal(Success, (await _harness.UnfollowAsync(_alice, "bob", Now + 1)).Status);
        Assert.Equal(0, (await _harness.Queries.GetProfilesAsync(["bob"]))["bob"].FollowerCount);
        Assert.Equal(0, (await _harness.Queries.GetFollowingCountsAsync([_alice.Wallet.Address]))[_alice.Wallet.Address]);
    }
}
