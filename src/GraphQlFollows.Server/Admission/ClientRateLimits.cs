using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// ASP.NET Core's rate-limiting middleware on the GraphQL endpoint (<c>GraphQL:RateLimits:Requests</c>): each
/// client's requests spend its token bucket, and a request past it is answered 429 with <c>Retry-After</c> and a
/// GraphQL error <c>TOO_MANY_REQUESTS</c> without being read. Health checks and the IDE's files are not limited.
/// </summary>
internal static class ClientRateLimits
{
    public const string RequestsPolicy = "graphql-requests";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>>((limiter, settings) =>
        {
            var budget = settings.Value.Requests;
            limiter.AddPolicy(RequestsPolicy, context => ClientBudgets.Partition(budget, ClientKey.Of(context)));
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = ClientBudgets.RetryAfterSeconds(rejected.Lease, budget);
                return new ValueTask(GraphQLErrorResponse.WriteAsync(
                    rejected.HttpContext, StatusCodes.Status429TooManyRequests, ClientBudgets.TooManyRequests(seconds)));
            };
        });
        return services;
    }
}
