using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Applications;

/// <summary>
/// Registers and removes webhooks, and keeps how far along the operation log each has been delivered. Their secrets are
/// kept encrypted (see <see cref="WebhookSecrets"/>).
/// </summary>
public sealed class WebhookStore(IDbContextFactory<FollowsDbContext> factory, WebhookSecrets secrets)
{
    /// <summary>
    /// Registers a webhook. It receives the operations accepted from now on, or, with <paramref name="fromStart"/>,
    /// the whole log first.
    /// </summary>
    /// <exception cref="InvalidOperationException">A webhook of that name exists already.</exception>
    public async Task<WebhookState> AddAsync(Webhook webhook, bool fromStart, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        if (await context.Webhooks.AnyAsync(w => w.Name == webhook.Name, cancellationToken))
        {
            throw new InvalidOperationException($"A webhook named {webhook.Name} exists already.");
        }
        return await InsertAsync(context, webhook, fromStart, cancellationToken);
    }

    /// <summary>
    /// Registers a webhook, or updates the one of that name while keeping its position: how configured webhooks,
    /// registered again at every start, resume where they were.
    /// </summary>
    public async Task<WebhookState> EnsureAsync(Webhook webhook, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var record = await context.Webhooks.FirstOrDefaultAsync(w => w.Name == webhook.Name, cancellationToken);
        if (record is null)
        {
            return await InsertAsync(context, webhook, fromStart: false, cancellationToken);
        }
        Fill(record, webhook);
        await context.SaveChangesAsync(cancellationToken);
        return ToState(record);
    }

    public async Task<IReadOnlyList<WebhookState>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var records = await context.Webhooks.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken);
        return records.ConvertAll(ToState);
    }

    /// <returns>False when no webhook has that name.</returns>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        return await context.Webhooks.Where(w => w.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Encrypts the secrets stored before they were kept encrypted; answers how many there were.</summary>
    public async Task<int> ProtectPlainSecretsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var records = await context.Webhooks.ToListAsync(cancellationToken);
        var plain = records.Where(record => !WebhookSecrets.IsProtected(record.Secret)).ToList();
        foreach (var record in plain)
        {
            record.Secret = secrets.Protect(record.Name, record.Secret);
        }
        await context.SaveChangesAsync(cancellationToken);
        return plain.Count;
    }

    /// <summary>Records that the webhook has been delivered the log up to <paramref name="position"/>.</summary>
    public async Task SavePositionAsync(long id, long position, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        await context.Webhooks.Where(w => w.Id == id && w.Position < position)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.Position, position), cancellationToken);
    }

    private async Task<WebhookState> InsertAsync(FollowsDbContext context, Webhook webhook, bool fromStart, CancellationToken cancellationToken)
    {
        var end = fromStart ? 0 : await context.Operations.MaxAsync(o => (long?)o.Position, cancellationToken) ?? 0;
        var record = new WebhookRecord
        {
            Name = webhook.Name,
            Url = "",
            Secret = "",
            Position = end,
            CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        Fill(record, webhook);
        context.Webhooks.Add(record);
        await context.SaveChangesAsync(cancellationToken);
        return ToState(record);
    }

    private void Fill(WebhookRecord record, Webhook webhook)
    {
        record.Url = webhook.Url.AbsoluteUri;
        record.Secret = secrets.Protect(webhook.Name, webhook.Secret);
        record.Handle = webhook.Handle;
        record.Address = webhook.Address?.Value;
    }

    private WebhookState ToState(WebhookRecord record)
    {
        var readable = secrets.TryUnprotect(record.Name, record.Secret, out var secret);
        var webhook = new Webhook(record.Name, new Uri(record.Url), secret, record.Handle,
            record.Address is null ? null : EvmAddress.Parse(record.Address));
        return new WebhookState(record.Id, webhook, record.Position, SecretUnreadable: !readable);
    }
}
