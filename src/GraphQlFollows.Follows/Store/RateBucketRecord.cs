namespace GraphQlFollows.Follows.Store;

/// <summary>
/// The rate-limit token bucket of one address (table <c>rate_buckets</c>). It lives in the database so that every
/// server instance writing it draws on the same bucket.
/// </summary>
public sealed class RateBucketRecord
{
    /// <summary>Lowercase <c>0x</c> hex.</summary>
    public required string Address { get; set; }

    /// <summary>Permits left as of <see cref="UpdatedAt"/>; fractional while refilling.</summary>
    public double Tokens { get; set; }

    /// <summary>Server time of the last refill, milliseconds since the epoch.</summary>
    public long UpdatedAt { get; set; }
}
