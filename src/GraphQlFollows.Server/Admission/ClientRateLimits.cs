using GraphQlFollows.Server.Http;
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
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GraphQLServerOptions>>((limiter, graphQL) =>
        {
            var budget = graphQL.Value.RateLimits.Requests;
            limiter.AddPolicy(RequestsPolicy, context => ClientBudgets.Partition(budget, ClientKey.Of(context)));
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = ClientBudgets.RetryAfterSeconds(rejected.Lease, budget);
                var mediaType = ContentNegotiation.SelectResponseType(rejected.HttpContext.Request.Headers.Accept) ?? ResponseMediaType.Json;
                return new ValueTask(RetryLater.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, mediaType,
                    ClientBudgets.TooManyRequests(seconds)));
            };
        });
        return services;
    }
}
