using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Applications;

/// <summary>
/// Creates, lists, revokes and looks up applications' API keys. A key is 32 random bytes in base64url behind a
/// <c>gqlf_</c> prefix; the store keeps its SHA-256 only, which is enough for a key of that entropy, so a leaked
/// database yields no usable key.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<FollowsDbContext> factory)
{
    private const string Prefix = "gqlf_";

    /// <summary>Creates a key for the application <paramref name="name"/>.</summary>
    /// <returns>The key's record and the key itself, which is not kept and cannot be shown again.</returns>
    /// <exception cref="ArgumentException">The name is empty, or the rate is negative.</exception>
    /// <exception cref="InvalidOperationException">A key of that name exists already (revoked or not).</exception>
    public async Task<(ApiKeyInfo Info, string Key)> CreateAsync(string name, int requestsPerMinute, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(requestsPerMinute);
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        if (await context.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            throw new InvalidOperationException($"An API key named {name} exists already.");
        }

        var key = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var record = new ApiKeyRecord
        {
            Name = name,
            KeyHash = Hash(key),
            RequestsPerMinute = requestsPerMinute,
            CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        context.ApiKeys.Add(record);
        await context.SaveChangesAsync(cancellationToken);
        return (ToInfo(record), key);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var records = await context.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
        return records.ConvertAll(ToInfo);
    }

    /// <returns>False when no unrevoked key has that name.</returns>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var revokedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var changed = await context.ApiKeys.Where(k => k.Name == name && k.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, revokedAt), cancellationToken);
        return changed > 0;
    }

    /// <summary>The unrevoked key whose SHA-256 is <paramref name="keyHash"/> (see <see cref="Hash"/>), or null.</summary>
    public async Task<ApiKeyInfo?> FindActiveAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var record = await context.ApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.KeyHash == keyHash && k.RevokedAt == null, cancellationToken);
        return record is null ? null : ToInfo(record);
    }

    /// <summary>SHA-256 of the key's UTF-8 text, lowercase hex: what the store keeps and looks keys up by.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static ApiKeyInfo ToInfo(ApiKeyRecord record) =>
        new(record.Id, record.Name, record.RequestsPerMinute, record.CreatedAt, record.RevokedAt);
}
