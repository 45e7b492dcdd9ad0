using GraphQlFollows.GraphQL.AspNetCore.Http;
using GraphQlFollows.GraphQL.AspNetCore.Ide;
using GraphQlFollows.GraphQL.AspNetCore.WebSockets;

namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// The one path clients know: WebSocket upgrades go to subscriptions, browsers get the IDE, GET and POST get
/// GraphQL over HTTP, and any other method is refused.
/// </summary>
internal sealed class GraphQLServerEndpoint(
    GraphQLHttpHandler http,
    GraphQLWebSocketHandler webSockets,
    BananaCakePop? ide,
    GraphQLServerOptions options)
{
    public Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (context.WebSockets.IsWebSocketRequest && options.WebSockets.Enabled)
        {
            return webSockets.HandleAsync(context);
        }

        if (ide is not null && BananaCakePop.IsWanted(context.Request))
        {
            return ide.WriteIndexAsync(context);
        }

        return HttpMethods.IsGet(method) || HttpMethods.IsPost(method)
            ? http.HandleAsync(context)
            : GraphQLHttpHandler.MethodNotAllowedAsync(context, options);
    }
}
