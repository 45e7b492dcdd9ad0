using GraphQlFollows.Server.Http;
using GraphQlFollows.Server.Operations;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades at the endpoint from origins allowed to use it (see <see cref="WebSocketOrigin"/>) and
/// runs a <see cref="TransportWsSession"/> on each.
/// </summary>
internal sealed class GraphQLWebSocketHandler(
    OperationRunner runner,
    IOptions<GraphQLServerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!WebSocketOrigin.IsAllowed(context.Request, options.Value.Cors))
        {
            await GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status403Forbidden, ResponseMediaType.Json,
                ServerErrors.OriginNotAllowed(context.Request.Headers.Origin.ToString()));
            return;
        }

        var settings = options.Value.WebSockets;
        var accepted = context.WebSockets.WebSocketRequestedProtocols.Contains(TransportWsProtocol.SubProtocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = accepted ? TransportWsProtocol.SubProtocol : null,
            KeepAliveInterval = settings.KeepAliveInterval,
            KeepAliveTimeout = settings.KeepAliveTimeout,
        });
        var session = new TransportWsSession(socket, runner, settings, context.RequestServices, logger, context.RequestAborted);
        await session.RunAsync(accepted, lifetime.ApplicationStopping);
    }
}
