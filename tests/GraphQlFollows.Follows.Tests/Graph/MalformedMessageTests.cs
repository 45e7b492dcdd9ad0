using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Results;
using static GraphQlFollows.Follows.Graph.Results.FollowStatus;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// Messages that are well-formed JSON but hold a lone surrogate, raw or escaped, anywhere: no UTF-8 text reads as they
/// do, so each is INVALID_MESSAGE, never an exception, whatever field holds it.
/// </summary>
public sealed class MalformedMessageTests : IAsyncLifetime
{
    private readonly string _target = new TestWallet().Text;
    private GraphHarness _harness = null!;
    private Member _alice = null!;

    /// <summary>Alice, who owns "alice", signs; "bob" is a profile she may follow.</summary>
    public async Task InitializeAsync()
    {
        _harness = await GraphHarness.CreateAsync();
        _alice = await _harness.CreateMemberAsync("alice");
        await _harness.CreateMemberAsync("bob");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    // Each a follow of bob by alice, with something more; the escapes are JSON's, so the text itself is plain ASCII.
    [Theory]
    [InlineData("""{"op":"follow","address":"{0}","handle":"bob","ts":{1},"note":"\udc6a"}""")]
    [InlineData("""{"op":"follow","address":"{0}","handle":"bob","ts":{1},"\ud800x":1}""")]
    [InlineData("""{"op":"follow","address":"{0}","handle":"bob","ts":{1},"extra":{"deep":["ok","\udfff"]}}""")]
    [InlineData("""{"op":"follow","address":"{0}","handle":"bob","ts":{1},"note":"\ude00\ud83d"}""")]
    [InlineData("""{"op":"follow","address":"{0}","handle":"bob","ts":{1},"note":"\ud83dx"}""")]
    public async Task A_lone_surrogate_in_any_field_is_INVALID_MESSAGE(string template)
    {
        var message = Format(template);

        var result = await _harness.Graph.FollowAsync(new(_alice.Address, "bob", message, Sign(message), _alice.Key.Spki));

        Assert.Equal(InvalidMessage, result.Status);
        Assert.False(await _harness.Queries.IsFollowingAsync(_alice.Wallet.Address, "bob"));
    }

    [Fact]
    public async Task A_raw_lone_surrogate_is_INVALID_MESSAGE_rather_than_a_signature_that_cannot_verify()
    {
        // Written into the text itself, not escaped: the string has no UTF-8 form, so nothing could have signed it.
        var message = Format("""{"op":"follow","address":"{0}","handle":"bob","ts":{1},"note":"raw """ + '\udc6a' + "\"}");

        var result = await _harness.Graph.FollowAsync(new(_alice.Address, "bob", message, "0x00", _alice.Key.Spki));

        Assert.Equal(InvalidMessage, result.Status);
    }

    [Fact]
    public async Task An_escaped_surrogate_pair_is_text_like_any_other()
    {
        var message = Format("""{"op":"follow","address":"{0}","handle":"bob","ts":{1},"note":"\ud83d\ude00"}""");

        var result = await _harness.Graph.FollowAsync(new(_alice.Address, "bob", message, Sign(message), _alice.Key.Spki));

        Assert.Equal(Success, result.Status);
    }

    [Fact]
    public async Task A_lone_surrogate_in_the_handle_is_INVALID_MESSAGE_for_every_operation_naming_one()
    {
        var now = _harness.Clock.NowMs;
        var handle = "bo\udc6a";
        var escaped = """bo\udc6a""";
        var follow = PairMessage("follow", escaped, now);
        Assert.Equal(InvalidMessage, (await _harness.Graph.FollowAsync(new(_alice.Address, handle, follow, Sign(follow), _alice.Key.Spki))).Status);
        var unfollow = PairMessage("unfollow", escaped, now);
        Assert.Equal(InvalidMessage, (await _harness.Graph.UnfollowAsync(new(_alice.Address, handle, unfollow, Sign(unfollow), _alice.Key.Spki))).Status);
        var claim = PairMessage("createProfile", escaped, now);
        Assert.Equal(CreateProfileStatus.InvalidMessage,
            (await _harness.Graph.CreateProfileAsync(new(_alice.Address, handle, claim, _alice.Wallet.Sign(claim)))).Status);
        var block = $$"""{"op":"block","address":"{{_alice.Address}}","handle":"{{escaped}}","target":"{{_target}}","ts":{{now}}}""";
        Assert.Equal(InvalidMessage,
            (await _harness.Graph.BlockAsync(new(_alice.Address, handle, _target, block, Sign(block), _alice.Key.Spki))).Status);
    }

    [Fact]
    public async Task A_lone_surrogate_among_a_batch_s_handles_is_INVALID_MESSAGE_for_each_handle_listed()
    {
        var message = Format("""{"op":"batchFollow","address":"{0}","handles":["bob","\udc6a"],"ts":{1}}""");
        string[] listed = ["bob", "\udc6a"];

        var result = await _harness.Graph.BatchFollowAsync(new(_alice.Address, message, Sign(message), _alice.Key.Spki, listed));

        Assert.Equal(InvalidMessage, result.Status);
        Assert.Equal([new("bob", InvalidMessage), new("\udc6a", InvalidMessage)], result.Handles);
        var unfollow = message.Replace("batchFollow", "batchUnfollow", StringComparison.Ordinal);
        Assert.Equal(InvalidMessage,
            (await _harness.Graph.BatchUnfollowAsync(new(_alice.Address, unfollow, Sign(unfollow), _alice.Key.Spki, listed))).Status);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_revocation_s_key_is_INVALID_MESSAGE()
    {
        var message = Format("""{"op":"revokeSigningKey","address":"{0}","signingKey":"\ud800","ts":{1}}""");

        var result = await _harness.Graph.RevokeSigningKeyAsync(new(_alice.Address, "\ud800", message, _alice.Wallet.Sign(message)));

        Assert.Equal(RevokeSigningKeyStatus.InvalidMessage, result.Status);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_registration_s_entity_is_INVALID_MESSAGE()
    {
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        // A wallet cannot sign such a text either: the signature is one of the same text with the surrogate replaced.
        var signed = $"I authorize My \ufffd App from this device using signing key:\n{key.Spki}";
        var message = signed.Replace('\ufffd', '\ud800');

        var result = await _harness.Graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(signed)));

        Assert.Equal(RegisterSigningKeyStatus.InvalidMessage, result.Status);
    }

    private string Format(string template) =>
        template.Replace("{0}", _alice.Address, StringComparison.Ordinal)
            .Replace("{1}", _harness.Clock.NowMs.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string PairMessage(string op, string escapedHandle, long ts) =>
        $$"""{"op":"{{op}}","address":"{{_alice.Address}}","handle":"{{escapedHandle}}","ts":{{ts}}}""";

    private string Sign(string message) => _alice.Key.Sign(message);
}
