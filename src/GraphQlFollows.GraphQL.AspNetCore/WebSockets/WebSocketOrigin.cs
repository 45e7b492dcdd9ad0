using Microsoft.Net.Http.Headers;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Whether a WebSocket upgrade may proceed, judged by its <c>Origin</c> header. Browsers apply no same-origin policy
/// to WebSockets and send the user's cookies along, so any page could otherwise open a socket to this server in its
/// visitor's name; the CORS settings that decide which pages may call the endpoint decide this too.
/// </summary>
internal static class WebSocketOrigin
{
    /// <summary>
    /// True without an <c>Origin</c> (a client that is not a browser: it has no ambient credentials to misuse), for
    /// the server's own pages such as the IDE, and for the origins <see cref="CorsSettings.AllowedOrigins"/> lists.
    /// </summary>
    public static bool IsAllowed(HttpRequest request, CorsSettings cors)
    {
        var origins = request.Headers[HeaderNames.Origin];
        if (origins.Count == 0)
        {
            return true;
        }

        if (origins.Count > 1 || origins[0] is not { Length: > 0 } origin)
        {
            return false;
        }

        return IsSameOrigin(origin, request.Host)
            || cors.AllowedOrigins.Any(allowed => allowed == "*" || string.Equals(allowed, origin, StringComparison.OrdinalIgnoreCase));
    }

    // The scheme is left out: behind a proxy that ends TLS the request arrives as http while the page was https.
    private static bool IsSameOrigin(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var page)
        && host.HasValue
        && string.Equals(page.Host, host.Host, StringComparison.OrdinalIgnoreCase)
        && page.Port == (host.Port ?? DefaultPort(page.Scheme));

    private static int DefaultPort(string scheme) => scheme == Uri.UriSchemeHttps ? 443 : 80;
}
