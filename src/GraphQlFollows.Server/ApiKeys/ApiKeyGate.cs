using System.Threading.RateLimiting;
using GraphQlFollows.Follows.Applications;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>
/// Admits a request by its API key: the key must be known and unrevoked (looked up by its SHA-256 and remembered
/// for <see cref="ApiKeyOptions.KeyCacheDuration"/>, found or not), and within its requests per minute on this
/// instance (a fixed one-minute window per key). A WebSocket connection is admitted without spending: each
/// operation it runs spends one (<see cref="Spend"/>).
/// </summary>
internal sealed class ApiKeyGate : IDisposable
{
    // Keys are 37 characters; anything much longer is refused without being hashed.
    private const int MaxKeyLength = 128;

    private readonly ApiKeyStore _keys;
    private readonly TimeSpan _cacheDuration;
    private readonly MemoryCache _found;
    private readonly PartitionedRateLimiter<ApiKeyInfo> _rates = PartitionedRateLimiter.Create<ApiKeyInfo, long>(key =>
        key.RequestsPerMinute == 0
            ? RateLimitPartition.GetNoLimiter(key.Id)
            : RateLimitPartition.GetFixedWindowLimiter(key.Id, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = key.RequestsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));

    public ApiKeyGate(ApiKeyStore keys, IOptions<ApiKeyOptions> options)
    {
        _keys = keys;
        _cacheDuration = options.Value.KeyCacheDuration;
        _found = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.KeyCacheSize });
    }

    /// <summary>Admits a known key and spends one of its requests when <paramref name="spend"/>.</summary>
    public async ValueTask<ApiKeyVerdict> AdmitAsync(string? key, bool spend, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength || await FindAsync(key, cancellationToken) is not { } info)
        {
            return ApiKeyVerdict.Unknown;
        }

        return spend ? Spend(info) : new ApiKeyVerdict(info, null);
    }

    /// <summary>Spends one of the key's requests of this minute, or tells when the next one comes.</summary>
    public ApiKeyVerdict Spend(ApiKeyInfo key)
    {
        using var lease = _rates.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return new ApiKeyVerdict(key, null);
        }
        return new ApiKeyVerdict(key, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
    }

    public void Dispose()
    {
        _rates.Dispose();
        _found.Dispose();
    }

    private async ValueTask<ApiKeyInfo?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeyStore.Hash(key);
        if (_found.TryGetValue(hash, out ApiKeyInfo? info))
        {
            return info;
        }

        info = await _keys.FindActiveAsync(hash, cancellationToken);
        _found.Set(hash, info, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _cacheDuration });
        return info;
    }
}
