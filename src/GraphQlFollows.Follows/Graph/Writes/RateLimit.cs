using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The per-address rate rule: a token bucket of <c>permits</c> that refills evenly over <c>window</c>. The buckets are
/// rows of the database, read and written by the commit that spends from them, so that every server instance of
/// one database enforces one limit.
/// </summary>
internal sealed class RateLimit(int permits, TimeSpan window)
{
    private readonly double _permitsPerMs = permits / Math.Max(1.0, window.TotalMilliseconds);

    /// <summary>False when the limit is off (0 permits).</summary>
    public bool IsOn => permits > 0;

    public long WindowMs { get; } = (long)window.TotalMilliseconds;

    /// <summary>A bucket for an address that has none yet: full.</summary>
    public RateBucketRecord NewBucket(string address, long nowMs) => new() { Address = address, Tokens = permits, UpdatedAt = nowMs };

    /// <summary>Refills <paramref name="bucket"/> up to <paramref name="nowMs"/>, then spends <paramref name="cost"/> if it holds that many.</summary>
    public bool TrySpend(RateBucketRecord bucket, int cost, long nowMs)
    {
        if (nowMs > bucket.UpdatedAt)
        {
            bucket.Tokens = Math.Min(permits, bucket.Tokens + (nowMs - bucket.UpdatedAt) * _permitsPerMs);
            bucket.UpdatedAt = nowMs;
        }
        if (bucket.Tokens < cost)
        {
            return false;
        }
        bucket.Tokens -= cost;
        return true;
    }
}
