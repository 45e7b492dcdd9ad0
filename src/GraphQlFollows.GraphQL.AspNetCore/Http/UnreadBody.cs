using Microsoft.AspNetCore.Http.Features;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

/// <summary>
/// Keeps a client from sending its next request into a connection the server is about to close. Kestrel reuses a
/// connection only once the request's body has been read to its end: after a response written before the body was
/// read (a refusal of the request), it reads and discards the rest, but not past its <c>MaxRequestBodySize</c>. Past
/// that it closes the connection once the response is out, without saying so, and a client that reuses the
/// connection meets a reset (EPIPE, ECONNRESET) on a request it cannot safely send again.
/// </summary>
internal static class UnreadBody
{
    /// <summary>
    /// Before a response to a request whose body was not read: unless the body is small enough to be discarded
    /// (its length known and at most <paramref name="drainLimit"/> and Kestrel's own limit), the response says
    /// <c>Connection: close</c>, so that the client opens a new connection for its next request.
    /// </summary>
    public static void CloseConnectionUnlessDrainable(HttpContext context, long drainLimit)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false } || context.Response.HasStarted)
        {
            return;
        }

        var kestrelLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? long.MaxValue;
        if (context.Request.ContentLength is not { } length || length > Math.Min(drainLimit, kestrelLimit))
        {
            context.Response.Headers.Connection = "close";
        }
    }
}
