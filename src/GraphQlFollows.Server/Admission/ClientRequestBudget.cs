using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;
using GraphQlFollows.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// Each client's token bucket of requests (<c>GraphQL:RateLimits:Requests</c>): every request to the endpoint spends
/// one at the door (<see cref="ClientAdmissionMiddleware"/>), a WebSocket upgrade included, and so does every
/// operation a client runs over its WebSockets, so that a socket is no way around the budget. Past it, 429
/// <c>TOO_MANY_REQUESTS</c> with <c>Retry-After</c>.
/// </summary>
internal sealed class ClientRequestBudget(IOptions<RateLimitSettings> options) : IOperationAdmission, IDisposable
{
    private readonly ClientBuckets _buckets = new(options.Value.Requests, ClientBudgets.TooManyRequests);

    /// <summary>Spends one of the client's requests; the refusal when its bucket is empty, or null.</summary>
    public GraphQLError? Spend(HttpContext context) => _buckets.Spend(context);

    // An HTTP request spent its permit at the door; an operation over a WebSocket spends its own.
    public GraphQLError? Refusal(PreparedOperation operation, HttpContext context) =>
        context.WebSockets.IsWebSocketRequest ? Spend(context) : null;

    public void Dispose() => _buckets.Dispose();
}
