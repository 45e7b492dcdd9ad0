using GraphQlFollows.Server.ApiKeys;
using GraphQlFollows.Server.Follows;
using GraphQlFollows.Server.Webhooks;

namespace GraphQlFollows.Server;

/// <summary>
/// The host: standard ASP.NET Core configuration (appsettings.json, environment variables, command line with
/// <c>--urls</c>), the follow graph with its store, the engine serving its schema, and the GraphQL endpoint,
/// health and IDE.
/// </summary>
public static class GraphQLServerApp
{
    /// <param name="args">Command-line configuration, such as <c>--urls http://127.0.0.1:5000 --GraphQL:MaxDepth=12</c>.</param>
    /// <param name="configure">Adds or replaces services before the host is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json is copied next to the assembly, so it is found wherever the server is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddFollows(builder.Configuration);
        builder.Services.AddGraphQLServer(builder.Configuration);
        builder.Services.AddApiKeys(builder.Configuration).AddWebhooks(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGraphQLServer();
        app.UseApiKeys();
        return app;
    }
}
