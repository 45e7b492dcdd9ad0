using GraphQlFollows.Follows.Applications;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Tests.Applications;

/// <summary>API keys and webhooks in the store, on SQLite and on PostgreSQL.</summary>
public sealed class ApplicationStoreTests
{
    [Fact]
    public Task Api_keys_are_created_found_by_hash_and_revoked_on_sqlite() => ApiKeysAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task Api_keys_are_created_found_by_hash_and_revoked_on_postgres() => ApiKeysAsync(StorageProvider.PostgreSql);

    [Fact]
    public Task Webhooks_keep_their_position_on_sqlite() => WebhooksAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task Webhooks_keep_their_position_on_postgres() => WebhooksAsync(StorageProvider.PostgreSql);

    [Theory]
    [InlineData(null, "https://app.example/hook", "s", null, null)]
    [InlineData("a", "ftp://app.example/hook", "s", null, null)]
    [InlineData("a", "/hook", "s", null, null)]
    [InlineData("a", "https://app.example/hook", "", null, null)]
    [InlineData("a", "https://app.example/hook", "s", "No", null)]
    [InlineData("a", "https://app.example/hook", "s", null, "0x12")]
    public void Webhook_settings_are_checked(string? name, string? url, string? secret, string? handle, string? address)
    {
        Assert.NotNull(Webhook.Problem(name, url, secret, handle, address));
        Assert.Throws<ArgumentException>(() => Webhook.From(name, url, secret, handle, address));
    }

    private static async Task ApiKeysAsync(StorageProvider provider)
    {
        await using var database = await TempDatabase.CreateAsync(provider: provider);
        var keys = new ApiKeyStore(database.Factory);

        var (info, key) = await keys.CreateAsync("app", 120);
        Assert.Matches("^gqlf_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(("app", 120, (long?)null), (info.Name, info.RequestsPerMinute, info.RevokedAt));
        await Assert.ThrowsAsync<InvalidOperationException>(() => keys.CreateAsync("app", 1));
        Assert.NotEqual(key, (await keys.CreateAsync("other", 0)).Key);

        // Only the hash is stored, and the key is found by it.
        await using (var context = database.Open())
        {
            Assert.Equal(ApiKeyStore.Hash(key), (await context.ApiKeys.SingleAsync(k => k.Name == "app")).KeyHash);
            Assert.DoesNotContain(await context.ApiKeys.Select(k => k.KeyHash).ToListAsync(), hash => hash.Contains(key[5..], StringComparison.Ordinal));
        }
        Assert.Equal(info, await keys.FindActiveAsync(ApiKeyStore.Hash(key)));
        Assert.Null(await keys.FindActiveAsync(ApiKeyStore.Hash(key + "x")));

        Assert.True(await keys.RevokeAsync("app"));
        Assert.False(await keys.RevokeAsync("app"));
        Assert.False(await keys.RevokeAsync("missing"));
        Assert.Null(await keys.FindActiveAsync(ApiKeyStore.Hash(key)));
        Assert.Equal([("app", true), ("other", false)], (await keys.ListAsync()).Select(k => (k.Name, k.RevokedAt is not null)));
    }

    private static async Task WebhooksAsync(StorageProvider provider)
    {
        await using var database = await TempDatabase.CreateAsync(provider: provider);
        var webhooks = new WebhookStore(database.Factory, NewSecrets());
        var address = EvmAddress.Parse("0x52908400098527886E0F7030069857D2E4169EE7");

        var added = await webhooks.AddAsync(Webhook.From("a", "https://app.example/a", "s", "bob", address.ToChecksumString()), fromStart: true);
        Assert.Equal(new Webhook("a", new Uri("https://app.example/a"), "s", "bob", address), added.Webhook);
        await Assert.ThrowsAsync<InvalidOperationException>(() => webhooks.AddAsync(added.Webhook, fromStart: false));

        await webhooks.SavePositionAsync(added.Id, 7);
        await webhooks.SavePositionAsync(added.Id, 5);
        // Registered again (as configuration does at each start), it keeps its position and takes the new settings.
        var changed = new Webhook("a", new Uri("https://app.example/b"), "t");
        Assert.Equal(new WebhookState(added.Id, changed, 7), await webhooks.EnsureAsync(changed));
        Assert.Equal(0, (await webhooks.EnsureAsync(new Webhook("b", new Uri("http://127.0.0.1/b"), "s"))).Position);

        Assert.Equal(["a", "b"], (await webhooks.ListAsync()).Select(w => w.Webhook.Name));
        Assert.True(await webhooks.RemoveAsync("a"));
        Assert.False(await webhooks.RemoveAsync("a"));
        Assert.Equal(["b"], (await webhooks.ListAsync()).Select(w => w.Webhook.Name));
    }

    [Fact]
    public Task Webhook_secrets_are_stored_encrypted_on_sqlite() => WebhookSecretsAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task Webhook_secrets_are_stored_encrypted_on_postgres() => WebhookSecretsAsync(StorageProvider.PostgreSql);

    [Theory]
    [InlineData("https://app.example/hook", "https://app.example/hook")]
    [InlineData("https://user:pass@app.example:8443/a/b?token=abc&x=1#frag", "https://app.example:8443/a/b?token=***&x=***")]
    [InlineData("http://127.0.0.1/hook?secret", "http://127.0.0.1/hook?***")]
    [InlineData("http://only-user@app.example/?=v", "http://app.example/?***")]
    public void A_webhook_is_shown_without_credentials_or_query_values(string url, string shown)
    {
        var webhook = Webhook.From("a", url, "the-secret", null, null);
        Assert.Equal(shown, webhook.DisplayUrl);
        Assert.DoesNotContain("the-secret", webhook.ToString(), StringComparison.Ordinal);
    }

    private static WebhookSecrets NewSecrets()
    {
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(WebhookSecrets.KeyBytes);
        return new WebhookSecrets(() => key);
    }

    private static async Task WebhookSecretsAsync(StorageProvider provider)
    {
        await using var database = await TempDatabase.CreateAsync(provider: provider);
        var secrets = NewSecrets();
        var webhooks = new WebhookStore(database.Factory, secrets);
        const string Secret = "receiver-secret-\u00e9";
        await webhooks.AddAsync(Webhook.From("a", "https://app.example/a", Secret, null, null), fromStart: false);
        await webhooks.EnsureAsync(Webhook.From("b", "https://app.example/b", Secret, null, null));

        await using (var context = database.Open())
        {
            var stored = await context.Webhooks.Select(w => w.Secret).ToListAsync();
            Assert.All(stored, s => Assert.DoesNotContain("receiver-secret", s, StringComparison.Ordinal));
            Assert.All(stored, s => Assert.StartsWith("aes-gcm:", s, StringComparison.Ordinal));
            Assert.NotEqual(stored[0], stored[1]);
        }
        Assert.All(await webhooks.ListAsync(), state => Assert.Equal((Secret, false), (state.Webhook.Secret, state.SecretUnreadable)));

        // Under another key, or moved to another webhook's row, a secret does not decrypt.
        var elsewhere = await new WebhookStore(database.Factory, NewSecrets()).ListAsync();
        Assert.All(elsewhere, state => Assert.Equal(("", true), (state.Webhook.Secret, state.SecretUnreadable)));
        await using (var context = database.Open())
        {
            var a = await context.Webhooks.SingleAsync(w => w.Name == "a");
            a.Secret = (await context.Webhooks.SingleAsync(w => w.Name == "b")).Secret;
            await context.SaveChangesAsync();
        }
        Assert.True((await webhooks.ListAsync()).Single(w => w.Webhook.Name == "a").SecretUnreadable);

        // A secret stored in plain text before secrets were encrypted is read as it is, and encrypted once asked.
        await using (var context = database.Open())
        {
            (await context.Webhooks.SingleAsync(w => w.Name == "a")).Secret = "plain-secret";
            await context.SaveChangesAsync();
        }
        Assert.Equal("plain-secret", (await webhooks.ListAsync()).Single(w => w.Webhook.Name == "a").Webhook.Secret);
        Assert.Equal(1, await webhooks.ProtectPlainSecretsAsync());
        Assert.Equal(0, await webhooks.ProtectPlainSecretsAsync());
        await using (var context = database.Open())
        {
            Assert.All(await context.Webhooks.Select(w => w.Secret).ToListAsync(), s => Assert.StartsWith("aes-gcm:", s, StringComparison.Ordinal));
        }
        Assert.Equal("plain-secret", (await webhooks.ListAsync()).Single(w => w.Webhook.Name == "a").Webhook.Secret);
    }
}
