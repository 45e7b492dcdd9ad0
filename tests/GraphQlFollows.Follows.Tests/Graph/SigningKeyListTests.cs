using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// An address with more keys than a list shows: 103 registered one millisecond apart, the oldest and the two newest
/// revoked. The list shows the 100 that may sign; the pages go through all 103, oldest first.
/// </summary>
public sealed class SigningKeyListTests
{
    private const int Registered = 103;

    [Fact]
    public Task The_list_keeps_the_active_keys_and_the_pages_reach_every_key() => CheckAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task On_postgresql_the_list_keeps_the_active_keys_and_the_pages_reach_every_key() => CheckAsync(StorageProvider.PostgreSql);

    private static async Task CheckAsync(StorageProvider provider)
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { MaxSigningKeysPerAddress = Registered }, provider);
        var wallet = new TestWallet();
        var other = await harness.CreateMemberAsync();
        var keys = new List<string>();
        for (var i = 0; i < Registered; i++)
        {
            using var key = new TestSigningKey();
            var message = GraphHarness.AuthorizationMessage(key.Spki);
            Assert.Equal(RegisterSigningKeyStatus.Success,
                (await harness.Graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(message)))).Status);
            keys.Add(key.Spki);
            harness.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        string[] revoked = [keys[0], keys[^2], keys[^1]];
        foreach (var key in revoked)
        {
            var revoke = GraphHarness.RevokeMessage(wallet.Text, key, harness.Clock.NowMs);
            Assert.Equal(RevokeSigningKeyStatus.Success,
                (await harness.Graph.RevokeSigningKeyAsync(new(wallet.Text, key, revoke, wallet.Sign(revoke)))).Status);
        }

        var lists = await harness.Queries.GetSigningKeysAsync([wallet.Address, other.Wallet.Address]);

        Assert.Equal(keys[1..^2], lists[wallet.Address].Select(k => k.Key));
        Assert.All(lists[wallet.Address], k => Assert.Null(k.RevokedAt));
        Assert.Equal(other.Key.Spki, Assert.Single(lists[other.Wallet.Address]).Key);

        var paged = new List<string>();
        SigningKeyCursor? after = null;
        SigningKeyPage page;
        do
        {
            page = await harness.Queries.GetSigningKeyPageAsync(wallet.Address, new SigningKeyPageRequest(First: 40, After: after));
            Assert.Equal(paged.Count > 0, page.HasPreviousPage);
            paged.AddRange(page.Keys.Select(k => k.Key));
            after = new SigningKeyCursor(page.Keys[^1].RegisteredAt, page.Keys[^1].Key);
        }
        while (page.HasNextPage);
        Assert.Equal(keys, paged);
        Assert.Equal(Registered, await harness.Queries.CountSigningKeysAsync(wallet.Address));

        var last = await harness.Queries.GetSigningKeyPageAsync(wallet.Address, new SigningKeyPageRequest(Last: 2));
        Assert.Equal(keys[^2..], last.Keys.Select(k => k.Key));
        Assert.All(last.Keys, k => Assert.NotNull(k.RevokedAt));
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);
    }
}
