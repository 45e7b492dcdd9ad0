using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Net.Http.Headers;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Whether a WebSocket upgrade may proceed, judged by its <c>Origin</c> header. Browsers apply no same-origin policy
/// to WebSockets and send the user's cookies along, so any page could otherwise open a socket to this server in its
/// visitor's name. The page's origin is compared with origins the server knows, never with the request's <c>Host</c>:
/// a page of another site whose name was made to resolve to this server (DNS rebinding) sends its own name as both.
/// </summary>
internal sealed class WebSocketOrigin(IServer server, GraphQLServerOptions options)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private HashSet<(string Host, int Port)>? _listening;

    /// <summary>
    /// True without an <c>Origin</c> (a client that is not a browser: it has no ambient credentials to misuse); for the
    /// addresses the server listens on (its own pages, such as the IDE, opened there; an address that listens on every
    /// interface counts as the loopback names); for <see cref="WebSocketSettings.AllowedOrigins"/> (its pages behind
    /// their public names); and for the origins <see cref="CorsSettings.AllowedOrigins"/> lists.
    /// </summary>
    public bool IsAllowed(HttpRequest request)
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

        return IsListed(origin, options.WebSockets.AllowedOrigins) || IsListed(origin, options.Cors.AllowedOrigins)
            || Uri.TryCreate(origin, UriKind.Absolute, out var page) && Listening().Contains((page.IdnHost.ToLowerInvariant(), page.Port));
    }

    private static bool IsListed(string origin, string[] allowed) =>
        allowed.Any(entry => entry == "*" || string.Equals(entry, origin, StringComparison.OrdinalIgnoreCase));

    // Read once the server listens, when its ports are known.
    private HashSet<(string Host, int Port)> Listening() => _listening ??= ListeningOrigins(server);

    private static HashSet<(string Host, int Port)> ListeningOrigins(IServer server)
    {
        var origins = new HashSet<(string Host, int Port)>();
        foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            var (host, port) = HostAndPort(address);
            foreach (var name in IsLoopbackOrAny(host) ? LoopbackNames : [host])
            {
                origins.Add((name, port));
            }
        }

        return origins;
    }

    // A page on this machine names it by any loopback name, whichever the server listens on.
    private static bool IsLoopbackOrAny(string host) => host is "localhost" or "*" or "+"
        || IPAddress.TryParse(host.Trim('[', ']'), out var ip)
        && (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));

    // Kestrel writes addresses as scheme://host:port, the host possibly * or + (any), which Uri does not parse.
    private static (string Host, int Port) HostAndPort(string address)
    {
        var authority = address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
        var colon = authority.LastIndexOf(':');
        return colon > authority.LastIndexOf(']') && int.TryParse(authority[(colon + 1)..], out var port)
            ? (authority[..colon].ToLowerInvariant(), port)
            : (authority.ToLowerInvariant(), address.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 443 : 80);
    }
}
