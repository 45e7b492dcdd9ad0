using System.Globalization;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>The refusals of requests without an admitted key, with the <c>extensions.code</c> clients test.</summary>
internal static class ApiKeyErrors
{

    public static GraphQLError Unauthenticated() => new(
        $"This endpoint requires an application API key in the {ApiKeyMiddleware.Header} header; the request has none, or an unknown or revoked one.",
        extensions: GraphQLErrors.Extensions("UNAUTHENTICATED"));

    public static GraphQLError RateLimited(ApiKeyVerdict verdict) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"The API key {verdict.Key!.Name} made its {verdict.Key.RequestsPerMinute} requests of this minute; retry in {RetryAfterSeconds(verdict)} seconds."),
        extensions: GraphQLErrors.Extensions("RATE_LIMITED", RetryAfterSeconds(verdict)));

    /// <summary>The whole seconds to wait, rounded up so that a retry after them is admitted.</summary>
    public static int RetryAfterSeconds(ApiKeyVerdict verdict) => (int)Math.Ceiling(verdict.RetryAfter!.Value.TotalSeconds);
}
