using System.Threading.RateLimiting;
using GraphQlFollows.GraphQL;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// Each client's token bucket under one budget (<see cref="ClientKey"/> names the client), and the refusal of a
/// request that finds its bucket short, told when to try again.
/// </summary>
internal sealed class ClientBuckets(ClientBudget budget, Func<int, GraphQLError> refusal) : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter = ClientBudgets.Limiter(budget);

    public bool IsOn => _limiter is not null;

    /// <summary>Spends <paramref name="permits"/> of the client's bucket; the refusal when it holds fewer, or null.</summary>
    public GraphQLError? Spend(HttpContext context, int permits = 1)
    {
        if (_limiter is null)
        {
            return null;
        }

        // More than the bucket ever holds: no wait would let it through.
        var burst = budget.Burst > 0 ? budget.Burst : budget.Permits;
        if (permits > burst)
        {
            return refusal((int)Math.Ceiling(budget.Window.TotalSeconds));
        }

        using var lease = _limiter.AttemptAcquire(ClientKey.Of(context), permits);
        return lease.IsAcquired ? null : refusal(ClientBudgets.RetryAfterSeconds(lease, budget));
    }

    public void Dispose() => _limiter?.Dispose();
}
