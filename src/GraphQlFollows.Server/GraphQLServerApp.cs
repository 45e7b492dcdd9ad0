using GraphQlFollows.GraphQL.AspNetCore;
using GraphQlFollows.Server.Admission;
using GraphQlFollows.Server.ApiKeys;
using GraphQlFollows.Server.Follows;
using GraphQlFollows.Server.Health;
using GraphQlFollows.Server.Sandbox;
using GraphQlFollows.Server.Telemetry;
using GraphQlFollows.Server.Webhooks;

namespace GraphQlFollows.Server;

/// <summary>
/// The composition root: standard ASP.NET Core configuration (appsettings.json, environment variables, command line
/// with <c>--urls</c>), the follow graph with its store and schema, the GraphQL transport serving that schema
/// (endpoint and IDE), health, the sandbox page, and traces and metrics when the
/// <c>Telemetry</c> section asks for them.
/// </summary>
public static class GraphQLServerApp
{
    /// <summary>EX_CONFIG of sysexits.h: the server's settings are not valid, and it did not start.</summary>
    public const int InvalidSettingsExitCode = 78;

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
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            KestrelLimits.Configure(context.Configuration, kestrel);
        });
        // On SIGTERM the host stops taking connections, lets requests in flight finish (the writer commits and
        // answers what is queued) and exits within HostOptions:ShutdownTimeout.
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("HostOptions"));
        builder.Services.AddFollows(builder.Configuration);
        builder.Services.AddGraphQLServer(builder.Configuration);
        builder.Services.AddAdmission(builder.Configuration);
        builder.Services.AddApiKeys(builder.Configuration).AddWebhooks(builder.Configuration);
        builder.Services.AddTelemetry(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGraphQLServer();
        // Keys first: when they are required, the admitted key names the client whose budgets are spent.
        app.UseApiKeys();
        app.UseAdmission();
        app.MapHealthEndpoints();
        app.MapSandbox();
        app.MapTelemetry();
        return app;
    }
}
