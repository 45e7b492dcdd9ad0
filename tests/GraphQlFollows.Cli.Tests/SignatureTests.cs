using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Cli.Tests;

/// <summary>Every signature the tool makes is one the domain's verifiers accept, over the message the API expects.</summary>
public sealed class SignatureTests : IDisposable
{
    private const long Ts = 1_763_000_000_000;

    private readonly DemoIdentity _identity = DemoIdentity.Create();
    private readonly SigningKeyVerifier _verifier = new();

    [Fact]
    public void Register_key_is_signed_by_the_wallet_over_the_authorisation_message()
    {
        var input = Input(SignedMutations.RegisterSigningKey(_identity, "Demo App"));

        Assert.Equal($"I authorize Demo App from this device using signing key:\n{_identity.SigningKeyText}", input["message"]);
        Assert.True(WalletSignature.Verify((string)input["message"], (string)input["signature"], EvmAddress.Parse((string)input["address"])));
    }

    [Fact]
    public void Revoke_key_and_create_profile_are_signed_by_the_wallet()
    {
        var revoke = Input(SignedMutations.RevokeSigningKey(_identity, Ts));
        var profile = Input(SignedMutations.CreateProfile(_identity, "alice", Ts));

        Assert.Equal($$"""{"op":"revokeSigningKey","address":"{{_identity.Address}}","signingKey":"{{_identity.SigningKeyText}}","ts":{{Ts}}}""", revoke["message"]);
        Assert.Equal($$"""{"op":"createProfile","address":"{{_identity.Address}}","handle":"alice","ts":{{Ts}}}""", profile["message"]);
        foreach (var input in new[] { revoke, profile })
        {
            Assert.True(WalletSignature.TryRecoverSigner((string)input["message"], (string)input["signature"], out var signer));
            Assert.Equal(_identity.Wallet.Address, signer);
        }
    }

    [Theory]
    [InlineData("follow")]
    [InlineData("unfollow")]
    public void Follow_and_unfollow_are_signed_by_the_registered_device_key(string op)
    {
        var mutation = op == "follow" ? SignedMutations.Follow(_identity, "bob", Ts) : SignedMutations.Unfollow(_identity, "bob", Ts);
        var input = Input(mutation);

        Assert.Equal($$"""{"op":"{{op}}","address":"{{_identity.Address}}","handle":"bob","ts":{{Ts}}}""", input["message"]);
        AssertSignedByDeviceKey(input);
    }

    [Fact]
    public void Batch_unfollow_is_one_device_key_signature_over_every_handle()
    {
        var input = Input(SignedMutations.BatchUnfollow(_identity, ["bob", "carol"], Ts));

        Assert.Equal(["bob", "carol"], (IEnumerable<string>)input["handles"]);
        Assert.Equal($$"""{"op":"batchUnfollow","address":"{{_identity.Address}}","handles":["bob","carol"],"ts":{{Ts}}}""", input["message"]);
        AssertSignedByDeviceKey(input);
    }

    [Fact]
    public void A_signature_does_not_verify_for_another_message()
    {
        var input = Input(SignedMutations.Follow(_identity, "bob", Ts));

        Assert.True(SigningKey.TryParse((string)input["signingKey"], out var key));
        Assert.False(_verifier.Verify(key, ((string)input["message"]).Replace("bob", "eve", StringComparison.Ordinal), (string)input["signature"]));
    }

    public void Dispose() => _identity.Dispose();

    private void AssertSignedByDeviceKey(IReadOnlyDictionary<string, object> input)
    {
        Assert.Equal(_identity.SigningKeyText, input["signingKey"]);
        Assert.True(SigningKey.TryParse((string)input["signingKey"], out var key));
        Assert.True(_verifier.Verify(key, (string)input["message"], (string)input["signature"]));
    }

    private static Dictionary<string, object> Input(SignedMutation mutation) => mutation.Input.ToDictionary();
}
