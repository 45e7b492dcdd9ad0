using System.Net.WebSockets;
using GraphQlFollows.GraphQL.AspNetCore.Http;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades at the endpoint from origins allowed to use it (see <see cref="WebSocketOrigin"/>) and
/// runs a <see cref="TransportWsSession"/> on each.
/// </summary>
internal sealed class GraphQLWebSocketHandler(
    OperationRunner runner,
    IEnumerable<IOperationAdmission> admissions,
    IEnumerable<IConnectionInitGate> initGates,
    IOptions<GraphQLServerOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketHandler> logger)
{
    private readonly WebSocketOrigin _origin = new(server, options.Value);

    public async Task HandleAsync(HttpContext context)
    {
        if (!_origin.IsAllowed(context.Request))
        {
            await GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status403Forbidden, ResponseMediaType.Json,
                ServerErrors.OriginNotAllowed(context.Request.Headers.Origin.ToString()));
            return;
        }

        var settings = options.Value.WebSockets;
        var accepted = context.WebSockets.WebSocketRequestedProtocols.Contains(TransportWsProtocol.SubProtocol);
        if (await AcceptAsync(context, settings, accepted) is not { } socket)
        {
            return;
        }

        using (socket)
        {
            var session = new TransportWsSession(socket, runner, [.. admissions], [.. initGates], settings, context, logger);
            await session.RunAsync(accepted, lifetime.ApplicationStopping);
        }
    }

    /// <summary>The upgraded socket, or null when Kestrel refused the upgrade and the client has been told why.</summary>
    private static async Task<WebSocket?> AcceptAsync(HttpContext context, WebSocketSettings settings, bool accepted)
    {
        try
        {
            return await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                SubProtocol = accepted ? TransportWsProtocol.SubProtocol : null,
                KeepAliveInterval = settings.KeepAliveInterval,
                KeepAliveTimeout = settings.KeepAliveTimeout,
            });
        }
        catch (InvalidOperationException) when (!context.Response.HasStarted)
        {
            // Kestrel throws this when MaxConnections sockets are open already: a busy server, not a failure.
            await GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, ResponseMediaType.Json,
                ServerErrors.TooManyConnections(settings.MaxConnections));
            return null;
        }
    }
}
