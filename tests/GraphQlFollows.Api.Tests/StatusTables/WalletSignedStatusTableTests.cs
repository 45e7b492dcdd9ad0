using System.Security.Cryptography;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Tests.Graph;
using Snapshooter.Xunit;

namespace GraphQlFollows.Api.Tests.StatusTables;

/// <summary>The status tables of the mutations a wallet signs: registerSigningKey, revokeSigningKey and createProfile.</summary>
public sealed class WalletSignedStatusTableTests
{
    [Fact]
    public async Task RegisterSigningKey()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: RegisterSigningKeyRequest!) { registerSigningKey(input: $input) { status } }");
        var graph = table.Graph;
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        var message = GraphHarness.AuthorizationMessage(key.Spki);
        object Signed(TestWallet by, string text) => new { address = wallet.Text, message = text, signature = by.Sign(text) };

        await table.AddAsync("address 0xabc", new { address = "0xabc", message = "junk", signature = "0x" });
        await table.AddAsync("message junk", new { address = wallet.Text, message = "junk", signature = "0x" });
        foreach (var template in new[]
        {
            "I authorize  from this device using signing key:\n{0}",
            "I authorize X from this device using signing key:{0}",
            "I authorize X\nY from this device using signing key:\n{0}",
            "I authorize X from this device using signing key:\n{0}\n",
            "i authorize X from this device using signing key:\n{0}",
            "I authorize X from this device using signing key:\n",
        })
        {
            await table.AddAsync("message " + template.Replace("{0}", "<key>", StringComparison.Ordinal), Signed(wallet, string.Format(template, key.Spki)));
        }
        await table.AddAsync("key AAAA", new { address = wallet.Text, message = GraphHarness.AuthorizationMessage("AAAA"), signature = "0x" });
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        await table.AddAsync("key on P-384", Signed(wallet, GraphHarness.AuthorizationMessage(Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo()))));
        await table.AddAsync("signed by another wallet", Signed(new TestWallet(), message));
        await table.AddAsync("signed by the wallet", Signed(wallet, message));
        await table.AddAsync("the same key again", Signed(wallet, message));
        await table.AddAsync("any entity text", Signed(wallet, $"I authorize My App (v2) from this device using signing key:\n{key.Spki}"));
        using var spare = new TestSigningKey();
        await table.AddAsync("an entity of 129 bytes", Signed(wallet, $"I authorize {new string('x', 129)} from this device using signing key:\n{spare.Spki}"));
        var altered = Convert.FromBase64String(spare.Spki);
        altered[22] ^= 0x40; // the last byte of the curve's OID (1.2.840.10045.3.1.71): a curve no platform knows
        await table.AddAsync("a key whose curve OID was altered", Signed(wallet, GraphHarness.AuthorizationMessage(Convert.ToBase64String(altered))));
        var thief = new TestWallet();
        await table.AddAsync("a key registered to another address", new { address = thief.Text, message, signature = thief.Sign(message) });
        var member = await graph.CreateMemberAsync();
        var revoke = GraphHarness.RevokeMessage(member.Address, member.Key.Spki, graph.Clock.NowMs);
        await graph.Graph.RevokeSigningKeyAsync(new(member.Address, member.Key.Spki, revoke, member.Wallet.Sign(revoke)));
        var again = GraphHarness.AuthorizationMessage(member.Key.Spki);
        await table.AddAsync("a revoked key", new { address = member.Address, message = again, signature = member.Wallet.Sign(again) });
        var crowded = new TestWallet();
        foreach (var _ in Enumerable.Range(0, new FollowGraphOptions().MaxSigningKeysPerAddress))
        {
            using var device = new TestSigningKey();
            var authorization = GraphHarness.AuthorizationMessage(device.Spki);
            await graph.Graph.RegisterSigningKeyAsync(new(crowded.Text, authorization, crowded.Sign(authorization)));
        }
        await table.AddAsync("a key past the address's 20 active ones", new { address = crowded.Text, message = GraphHarness.AuthorizationMessage(spare.Spki),
            signature = crowded.Sign(GraphHarness.AuthorizationMessage(spare.Spki)) });

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public async Task RevokeSigningKey()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: RevokeSigningKeyRequest!) { revokeSigningKey(input: $input) { status tsInServer } }");
        var graph = table.Graph;
        var alice = await graph.CreateMemberAsync();
        var bob = await graph.CreateMemberAsync();
        var now = graph.Clock.NowMs;
        object Input(string key, string message, string signature) => new { address = alice.Address, signingKey = key, message, signature };
        var message = GraphHarness.RevokeMessage(alice.Address, alice.Key.Spki, now);

        await table.AddAsync("address 0x1", new { address = "0x1", signingKey = "x", message = "x", signature = "x" });
        await table.AddAsync("message naming another key", Input(bob.Key.Spki, message, "0x"));
        await table.AddAsync("ts over 10 minutes old", Input(alice.Key.Spki, GraphHarness.RevokeMessage(alice.Address, alice.Key.Spki, now - StatusTable.TenMinutes - 1), "0x"));
        await table.AddAsync("ts over 2 minutes ahead", Input(alice.Key.Spki, GraphHarness.RevokeMessage(alice.Address, alice.Key.Spki, now + 2 * 60 * 1000 + 1), "0x"));
        var othersKey = GraphHarness.RevokeMessage(alice.Address, bob.Key.Spki, now);
        await table.AddAsync("key of another address", Input(bob.Key.Spki, othersKey, alice.Wallet.Sign(othersKey)));
        await table.AddAsync("signed by another wallet", Input(alice.Key.Spki, message, bob.Wallet.Sign(message)));
        await table.AddAsync("signed by the wallet", Input(alice.Key.Spki, message, alice.Wallet.Sign(message)));
        await table.AddAsync("the same revocation again", Input(alice.Key.Spki, message, alice.Wallet.Sign(message)));

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public async Task CreateProfile()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: CreateProfileRequest!) { createProfile(input: $input) { status tsInServer } }", new FollowGraphOptions { RateLimitPermits = 3 });
        var graph = table.Graph;
        var wallet = new TestWallet();
        var other = new TestWallet();
        var now = graph.Clock.NowMs;
        object Input(TestWallet by, string handle, string message, string? signature = null) =>
            new { address = by.Text, handle, message, signature = signature ?? by.Sign(message) };
        object Claim(TestWallet by, string handle, long ts) => Input(by, handle, GraphHarness.ProfileMessage(by.Text, handle, ts));

        await table.AddAsync("address 0x", new { address = "0x", handle = "ab", message = "x", signature = "x" });
        await table.AddAsync("message {}", Input(wallet, "ab", "{}", "x"));
        await table.AddAsync("message naming another handle", Input(wallet, "abc", GraphHarness.ProfileMessage(wallet.Text, "abd", now), "x"));
        await table.AddAsync("handle ab, ts stale", Input(wallet, "ab", GraphHarness.ProfileMessage(wallet.Text, "ab", now - 1_000_000_000), "x"));
        foreach (var handle in new[] { "abcdefghijklmnopqrstu", "Alice", "al-ice", "al ice", "ålice" })
        {
            await table.AddAsync($"handle {handle}", Claim(wallet, handle, now));
        }
        await table.AddAsync("ts stale", Input(wallet, "abc", GraphHarness.ProfileMessage(wallet.Text, "abc", now - 1_000_000_000), "x"));
        await table.AddAsync("signature 0x00", Input(wallet, "abc", GraphHarness.ProfileMessage(wallet.Text, "abc", now), "0x00"));
        await table.AddAsync("claim abc", Claim(wallet, "abc", now));
        await table.AddAsync("abc claimed by another wallet", Claim(other, "abc", now));
        await table.AddAsync("abc again by its owner, other bytes", Claim(wallet, "abc", now - 1));
        await table.AddAsync("claim abd", Claim(other, "abd", now));
        await table.AddAsync("claim abe", Claim(other, "abe", now));
        await table.AddAsync("claim abf, the fourth signed write of three permitted", Claim(other, "abf", now));
        var retry = new TestWallet();
        var retried = Claim(retry, "carol", now);
        await table.AddAsync("claim carol", retried);
        await table.AddAsync("the identical claim again", retried);

        Snapshot.Match(table.ToString());
    }
}
