using System.Threading.RateLimiting;
using GraphQlFollows.Follows.Applications;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>
/// Admits a request by its API key: the key must be known and unrevoked (looked up by its SHA-256 and remembered
/// for <see cref="ApiKeyOptions.KeyCacheDuration"/>, found or not), and within its requests per minute on this
/// instance (a fixed one-minute window per key).
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

    public async ValueTask<ApiKeyVerdict> AdmitAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength || await FindAsync(key, cancellationToken) is not { } info)
        {
            return ApiKeyVerdict.Unknown;
        }

        using var lease = _rates.AttemptAcquire(info);
        if (lease.IsAcquired)
        {
            return new ApiKeyVerdict(info, null);
        }
        return new ApiKeyVerdict(info, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
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
