using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Rules;

/// <summary>
/// The per-address rate rule (the contract's check 6): a token bucket of <c>permits</c> that refills evenly over
/// <c>window</c>. The buckets are rows of the database, read and written by the commit that spends from them, so that
/// every server instance of one database enforces one limit. Pure: the bucket is passed in and a new one given back.
/// </summary>
public sealed class RateLimit(int permits, TimeSpan window)
{
    private readonly double _permitsPerMs = permits / Math.Max(1.0, window.TotalMilliseconds);

    /// <summary>No limit: every write passes.</summary>
    public static RateLimit Off { get; } = new(0, TimeSpan.Zero);

    /// <summary>False when the limit is off (0 permits).</summary>
    public bool IsOn => permits > 0;

    public long WindowMs { get; } = (long)window.TotalMilliseconds;

    /// <summary>
    /// Refills <paramref name="bucket"/> (null: the address has none yet, so a full one) up to <paramref name="nowMs"/>,
    /// then spends <paramref name="cost"/> if it holds that many; <paramref name="spent"/> is the bucket after.
    /// </summary>
    public bool TrySpend(string address, RateBucket? bucket, int cost, long nowMs, out RateBucket spent)
    {
        var tokens = bucket is null
            ? permits
            : nowMs > bucket.UpdatedAt ? Math.Min(permits, bucket.Tokens + ((nowMs - bucket.UpdatedAt) * _permitsPerMs)) : bucket.Tokens;
        var updatedAt = bucket is null ? nowMs : Math.Max(nowMs, bucket.UpdatedAt);
        var allowed = tokens >= cost;
        spent = new RateBucket(address, allowed ? tokens - cost : tokens, updatedAt);
        return allowed;
    }
}
