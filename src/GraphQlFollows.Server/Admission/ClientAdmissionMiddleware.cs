using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// At the endpoint's door, before a request is read: it spends one of its client's requests
/// (<see cref="ClientRequestBudget"/>), and a WebSocket upgrade must find its client below its cap of open
/// connections (<see cref="ClientConnections"/>), which counts it until the connection ends. Refusals are 429.
/// </summary>
internal sealed class ClientAdmissionMiddleware(
    RequestDelegate next,
    ClientRequestBudget requests,
    ClientConnections connections,
    IOptions<GraphQLServerOptions> server)
{
    private readonly GraphQLServerOptions _server = server.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!GraphQLServerExtensions.IsGraphQLRequest(context, _server))
        {
            await next(context);
            return;
        }

        if (requests.Spend(context) is { } overBudget)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, overBudget);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        using var connection = connections.TryOpen(ClientKey.Of(context));
        if (connection is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, connections.TooManyConnections());
            return;
        }

        // The connection's session runs inside this call, and is counted for as long as it does.
        await next(context);
    }
}
