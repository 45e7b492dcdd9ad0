using System.Threading.RateLimiting;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// The per-client rate limits, built on <c>System.Threading.RateLimiting</c>: a token bucket per client and budget,
/// replenished by the partitioned limiter's own timer.
/// </summary>
internal static class ClientBudgets
{
    /// <summary>A token bucket per client under <paramref name="budget"/>; null when the budget is off.</summary>
    public static PartitionedRateLimiter<string>? Limiter(ClientBudget budget)
    {
        if (!budget.IsOn)
        {
            return null;
        }

        var bucket = Bucket(budget);
        return PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => bucket));
    }

    /// <summary>When to try again after a refusal, in whole seconds (at least one).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease, ClientBudget budget)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : budget.Window / budget.Permits;
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
    }

    public const string TooManyRequestsCode = "TOO_MANY_REQUESTS";

    public const string TooManyWalletSignaturesCode = "TOO_MANY_WALLET_SIGNATURES";

    public static GraphQLError TooManyRequests(int retryAfterSeconds) => new(
        "This client sent more requests than its budget allows.",
        extensions: GraphQLErrors.Extensions(TooManyRequestsCode, retryAfterSeconds));

    public static GraphQLError TooManyWalletSignatures(int retryAfterSeconds) => new(
        "This client sent more wallet-signed mutations (registerSigningKey, createProfile, revokeSigningKey) than its budget allows.",
        extensions: GraphQLErrors.Extensions(TooManyWalletSignaturesCode, retryAfterSeconds));

    // Replenished every tenth of a second at the finest (the partitioned limiter's timer ticks that often), in
    // whole tokens: 100 permits a second become 10 every 100 ms, 20 a minute 1 every 3 s.
    private static TokenBucketRateLimiterOptions Bucket(ClientBudget budget)
    {
        var minimum = TimeSpan.FromMilliseconds(100);
        var period = budget.Window / budget.Permits;
        var tokens = 1;
        if (period < minimum)
        {
            tokens = (int)Math.Ceiling(budget.Permits * (minimum / budget.Window));
            period = budget.Window * tokens / budget.Permits;
        }
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = budget.Burst > 0 ? budget.Burst : budget.Permits,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
    }
}
