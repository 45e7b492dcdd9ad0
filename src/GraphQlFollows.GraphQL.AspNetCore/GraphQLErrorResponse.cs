using GraphQlFollows.GraphQL.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// Answers a request to the endpoint with one error before it reaches the transport, as the transport answers its
/// own refusals: in the media type the request accepts, with <c>Retry-After</c> when the error has
/// <c>extensions.retryAfter</c>, and with <c>Connection: close</c> when the request's unread body is too large to be
/// discarded. For an application's middleware, such as a rate limiter or an authentication check.
/// </summary>
public static class GraphQLErrorResponse
{
    public static Task WriteAsync(HttpContext context, int statusCode, GraphQLError error)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        UnreadBody.CloseConnectionUnlessDrainable(context, options.MaxRequestBytes);
        var mediaType = ContentNegotiation.SelectResponseType(context.Request.Headers.Accept) ?? ResponseMediaType.Json;
        return ErrorStatus.WriteAsync(context, statusCode, mediaType, error);
    }
}
