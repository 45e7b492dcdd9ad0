using GraphQlFollows.GraphQL.AspNetCore.Http;

namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// Answers a request to the endpoint with one error before it reaches the transport, as the transport answers its
/// own refusals: in the media type the request accepts, with <c>Retry-After</c> when the error has
/// <c>extensions.retryAfter</c>. For an application's middleware, such as a rate limiter or an authentication check.
/// </summary>
public static class GraphQLErrorResponse
{
    public static Task WriteAsync(HttpContext context, int statusCode, GraphQLError error)
    {
        var mediaType = ContentNegotiation.SelectResponseType(context.Request.Headers.Accept) ?? ResponseMediaType.Json;
        return ErrorStatus.WriteAsync(context, statusCode, mediaType, error);
    }
}
