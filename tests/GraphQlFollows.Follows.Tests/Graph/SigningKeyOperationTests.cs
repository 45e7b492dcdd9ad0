using System.Security.Cryptography;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Keys;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class SigningKeyOperationTests : IAsyncLifetime
{
    private GraphHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GraphHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<RegisterSigningKeyResult> Register(TestWallet wallet, string message, string? signature = null) =>
        _harness.Graph.RegisterSigningKeyAsync(new(wallet.Text, message, signature ?? wallet.Sign(message)));

    [Fact]
    public async Task Registration_checks_address_message_key_signature_in_that_order()
    {
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        var message = GraphHarness.AuthorizationMessage(key.Spki);
        Assert.Equal(RegisterSigningKeyStatus.InvalidAddress,
            (await _harness.Graph.RegisterSigningKeyAsync(new("0xabc", "junk", "0x"))).Status);
        Assert.Equal(RegisterSigningKeyStatus.InvalidMessage, (await Register(wallet, "junk", "0x")).Status);
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey,
            (await Register(wallet, GraphHarness.AuthorizationMessage("AAAA"), "0x")).Status);
        Assert.Equal(RegisterSigningKeyStatus.InvalidSignature, (await Register(wallet, message, new TestWallet().Sign(message))).Status);
        Assert.Equal(RegisterSigningKeyStatus.Success, (await Register(wallet, message)).Status);
    }

    [Theory]
    [InlineData("I authorize  from this device using signing key:\n{0}")]
    [InlineData("I authorize X from this device using signing key:{0}")]
    [InlineData("I authorize X\nY from this device using signing key:\n{0}")]
    [InlineData("I authorize X from this device using signing key:\n{0}\n")]
    [InlineData("i authorize X from this device using signing key:\n{0}")]
    [InlineData("I authorize X from this device using signing key:\n")]
    public async Task Registration_messages_of_another_shape_are_INVALID_MESSAGE(string template)
    {
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        Assert.Equal(RegisterSigningKeyStatus.InvalidMessage, (await Register(wallet, string.Format(template, key.Spki))).Status);
    }

    [Fact]
    public async Task Any_entity_text_is_accepted()
    {
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        var message = $"I authorize My App (v2) from this device using signing key:\n{key.Spki}";
        Assert.Equal(RegisterSigningKeyStatus.Success, (await Register(wallet, message)).Status);
    }

    [Fact]
    public async Task An_entity_over_128_UTF8_bytes_is_INVALID_MESSAGE()
    {
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        using var other = new TestSigningKey();
        // 64 two-byte characters are 128 bytes; one more ASCII character is one byte too many.
        var longest = new string('é', 64);
        Assert.Equal(RegisterSigningKeyStatus.InvalidMessage,
            (await Register(wallet, $"I authorize {longest}x from this device using signing key:\n{other.Spki}")).Status);
        Assert.Equal(RegisterSigningKeyStatus.Success,
            (await Register(wallet, $"I authorize {longest} from this device using signing key:\n{key.Spki}")).Status);
        Assert.Throws<ArgumentException>(() => KeyAuthorization.Message(other.Spki, longest + "x"));
    }

    [Fact]
    public async Task A_key_whose_curve_OID_was_altered_is_INVALID_SIGNING_KEY_to_every_operation()
    {
        var member = await _harness.CreateMemberAsync("alice");
        var spki = Convert.FromBase64String(member.Key.Spki);
        // The last byte of the prime256v1 OID: 1.2.840.10045.3.1.7 becomes a curve no platform knows.
        ReadOnlySpan<byte> p256 = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07];
        var oid = spki.AsSpan().IndexOf(p256);
        spki[oid + 7] = 0x63;
        var altered = Convert.ToBase64String(spki);

        var registration = GraphHarness.AuthorizationMessage(altered);
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, (await Register(member.Wallet, registration)).Status);
        var follow = _harness.PairRequest(member, "alice") with { SigningKey = altered };
        Assert.Equal(FollowStatus.InvalidSigningKey, (await _harness.Graph.FollowAsync(follow)).Status);
        var revoke = GraphHarness.RevokeMessage(member.Address, altered, _harness.Clock.NowMs);
        Assert.Equal(RevokeSigningKeyStatus.InvalidSigningKey, (await _harness.Graph.RevokeSigningKeyAsync(
            new(member.Address, altered, revoke, member.Wallet.Sign(revoke)))).Status);
    }

    [Fact]
    public async Task An_address_holds_at_most_MaxSigningKeysPerAddress_keys_until_it_revokes_one()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { MaxSigningKeysPerAddress = 3 });
        var wallet = new TestWallet();
        var keys = Enumerable.Range(0, 5).Select(_ => new TestSigningKey()).ToArray();
        Task<RegisterSigningKeyResult> RegisterKey(TestSigningKey key)
        {
            var message = GraphHarness.AuthorizationMessage(key.Spki);
            return harness.Graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(message)));
        }
        try
        {
            foreach (var key in keys[..3])
            {
                Assert.Equal(RegisterSigningKeyStatus.Success, (await RegisterKey(key)).Status);
            }
            Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, (await RegisterKey(keys[3])).Status);
            // Registering a key it holds is still the idempotent SUCCESS.
            Assert.Equal(RegisterSigningKeyStatus.Success, (await RegisterKey(keys[0])).Status);

            var revoke = GraphHarness.RevokeMessage(wallet.Text, keys[0].Spki, harness.Clock.NowMs);
            Assert.Equal(RevokeSigningKeyStatus.Success,
                (await harness.Graph.RevokeSigningKeyAsync(new(wallet.Text, keys[0].Spki, revoke, wallet.Sign(revoke)))).Status);
            Assert.Equal(RegisterSigningKeyStatus.Success, (await RegisterKey(keys[3])).Status);
            Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, (await RegisterKey(keys[4])).Status);
            await StoredLog.AssertVerifiesAsync(harness.Database);
        }
        finally
        {
            Array.ForEach(keys, key => key.Dispose());
        }
    }

    [Fact]
    public async Task Registrations_committed_together_count_each_other()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { MaxSigningKeysPerAddress = 2 });
        var wallet = new TestWallet();
        var keys = Enumerable.Range(0, 6).Select(_ => new TestSigningKey()).ToArray();
        var registrations = keys.Select(key =>
        {
            var message = GraphHarness.AuthorizationMessage(key.Spki);
            return harness.Graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(message)));
        }).ToArray();

        var statuses = (await Task.WhenAll(registrations)).Select(r => r.Status).ToArray();

        Assert.Equal(2, statuses.Count(s => s == RegisterSigningKeyStatus.Success));
        Assert.Equal(4, statuses.Count(s => s == RegisterSigningKeyStatus.InvalidSigningKey));
        var listed = (await harness.Queries.GetSigningKeysAsync([wallet.Address]))[wallet.Address];
        Assert.Equal(2, listed.Count);
        Array.ForEach(keys, key => key.Dispose());
    }

    [Fact]
    public async Task Keys_on_other_curves_are_INVALID_SIGNING_KEY()
    {
        var wallet = new TestWallet();
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var message = GraphHarness.AuthorizationMessage(Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo()));
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, (await Register(wallet, message)).Status);
    }

    [Fact]
    public async Task Registering_again_is_idempotent_but_a_key_of_another_address_is_INVALID_SIGNING_KEY()
    {
        var owner = new TestWallet();
        var thief = new TestWallet();
        using var key = new TestSigningKey();
        var message = GraphHarness.AuthorizationMessage(key.Spki);
        Assert.Equal(RegisterSigningKeyStatus.Success, (await Register(owner, message)).Status);
        Assert.Equal(RegisterSigningKeyStatus.Success, (await Register(owner, message)).Status);
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, (await Register(thief, message)).Status);

        var keys = (await _harness.Queries.GetSigningKeysAsync([owner.Address]))[owner.Address];
        Assert.Equal(key.Spki, Assert.Single(keys).Key);
        Assert.Single((await _harness.Queries.GetOperationsAsync(10)).Operations);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_and_cannot_be_registered_again()
    {
        var alice = await _harness.CreateMemberAsync("alice");
        var bob = await _harness.CreateMemberAsync("bob");
        var revoke = GraphHarness.RevokeMessage(alice.Address, alice.Key.Spki, _harness.Clock.NowMs);
        var request = new RevokeSigningKeyRequest(alice.Address, alice.Key.Spki, revoke, alice.Wallet.Sign(revoke));
        Assert.Equal(RevokeSigningKeyStatus.Success, (await _harness.Graph.RevokeSigningKeyAsync(request)).Status);
        Assert.Equal(RevokeSigningKeyStatus.Success, (await _harness.Graph.RevokeSigningKeyAsync(request)).Status);

        Assert.Equal(FollowStatus.InvalidSigningKey, (await _harness.FollowAsync(alice, "bob")).Status);
        var again = GraphHarness.AuthorizationMessage(alice.Key.Spki);
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, (await Register(alice.Wallet, again)).Status);
        Assert.NotNull(Assert.Single((await _harness.Queries.GetSigningKeysAsync([alice.Wallet.Address]))[alice.Wallet.Address]).RevokedAt);
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(bob, "alice")).Status);
    }

    [Fact]
    public async Task Revocation_checks_address_message_clock_key_signature_in_that_order()
    {
        var alice = await _harness.CreateMemberAsync();
        var bob = await _harness.CreateMemberAsync();
        var now = _harness.Clock.NowMs;
        var message = GraphHarness.RevokeMessage(alice.Address, alice.Key.Spki, now);
        var signature = alice.Wallet.Sign(message);
        async Task<RevokeSigningKeyStatus> Revoke(string address, string key, string text, string sig) =>
            (await _harness.Graph.RevokeSigningKeyAsync(new(address, key, text, sig))).Status;

        Assert.Equal(RevokeSigningKeyStatus.InvalidAddress, await Revoke("0x1", "x", "x", "x"));
        Assert.Equal(RevokeSigningKeyStatus.InvalidMessage, await Revoke(alice.Address, bob.Key.Spki, message, "0x"));
        var stale = GraphHarness.RevokeMessage(alice.Address, alice.Key.Spki, now - 11 * 60 * 1000);
        Assert.Equal(RevokeSigningKeyStatus.MessageExpired, await Revoke(alice.Address, alice.Key.Spki, stale, "0x"));
        var othersKey = GraphHarness.RevokeMessage(alice.Address, bob.Key.Spki, now);
        Assert.Equal(RevokeSigningKeyStatus.InvalidSigningKey, await Revoke(alice.Address, bob.Key.Spki, othersKey, alice.Wallet.Sign(othersKey)));
        Assert.Equal(RevokeSigningKeyStatus.InvalidSignature, await Revoke(alice.Address, alice.Key.Spki, message, bob.Wallet.Sign(message)));
        Assert.Equal(RevokeSigningKeyStatus.Success, await Revoke(alice.Address, alice.Key.Spki, message, signature));
    }

    [Fact]
    public async Task A_key_in_use_is_refused_as_soon_as_its_revocation_commits_without_spending_the_rate()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 3 });
        var alice = await harness.CreateMemberAsync();
        await harness.CreateMemberAsync("bob");
        var now = harness.Clock.NowMs;
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(alice, "bob", now - 10)).Status);

        var revoke = GraphHarness.RevokeMessage(alice.Address, alice.Key.Spki, now);
        Assert.Equal(RevokeSigningKeyStatus.Success, (await harness.Graph.RevokeSigningKeyAsync(
            new(alice.Address, alice.Key.Spki, revoke, alice.Wallet.Sign(revoke)))).Status);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(FollowStatus.InvalidSigningKey, (await harness.UnfollowAsync(alice, "bob", now - 9 + i)).Status);
        }

        using var newKey = new TestSigningKey();
        var authorization = GraphHarness.AuthorizationMessage(newKey.Spki);
        Assert.Equal(RegisterSigningKeyStatus.Success, (await harness.Graph.RegisterSigningKeyAsync(
            new(alice.Address, authorization, alice.Wallet.Sign(authorization)))).Status);
        var device = alice with { Key = newKey };
        Assert.Equal(FollowStatus.Success, (await harness.UnfollowAsync(device, "bob", now - 5)).Status);
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(device, "bob", now - 4)).Status);
        Assert.Equal(FollowStatus.RateLimited, (await harness.UnfollowAsync(device, "bob", now - 3)).Status);
    }

    [Fact]
    public void A_lookup_that_began_before_a_revocation_is_not_remembered()
    {
        var cache = new ActiveKeyCache();
        var before = cache.Revocations;
        cache.Forget("key");
        cache.Remember("key", "0xowner", before);
        Assert.False(cache.TryGetOwner("key", out _));

        cache.Remember("key", "0xowner", cache.Revocations);
        Assert.True(cache.TryGetOwner("key", out var owner));
        Assert.Equal("0xowner", owner);
        cache.Forget("key");
        Assert.False(cache.TryGetOwner("key", out _));
    }
}
