using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.Server.Admission;
using GraphQlFollows.Server.Health;
using GraphQlFollows.Server.Http;
using GraphQlFollows.Server.Ide;
using GraphQlFollows.Server.Operations;
using GraphQlFollows.Server.WebSockets;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server;

/// <summary>Wires the engine and the transports into an ASP.NET Core application.</summary>
public static class GraphQLServerExtensions
{
    /// <summary>Health checks tagged with this decide readiness; a database, for one, adds its check with it.</summary>
    public const string ReadinessTag = "ready";

    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLServerOptions>().Bind(configuration.GetSection(GraphQLServerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLServerOptions>, GraphQLServerOptionsValidator>();
        services.AddSingleton<IRequestExecutor>(provider => CreateExecutor(provider));
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<WalletSignedBudget>();
        services.AddClientRateLimits();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddSingleton<BananaCakePop>();
        services.AddHealthChecks().AddCheck<ExecutorHealthCheck>("graphql", tags: [ReadinessTag]);
        services.AddCors();
        // Kestrel counts upgraded connections itself; without a limit it would hold any number of WebSockets open.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<GraphQLServerOptions>>((kestrel, graphQL) =>
            kestrel.Limits.MaxConcurrentUpgradedConnections = graphQL.Value.WebSockets.MaxConnections);
        return services;
    }

    public static WebApplication MapGraphQLServer(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        UseCors(app, options.Cors);
        var limited = options.RateLimits.Requests.IsOn;
        if (limited)
        {
            app.UseRateLimiter();
        }

        app.UseWebSockets();

        BananaCakePop? ide = null;
        if (options.Ide)
        {
            ide = app.Services.GetRequiredService<BananaCakePop>();
            app.UseStaticFiles(new StaticFileOptions { FileProvider = ide.Files, RequestPath = options.Path });
            app.MapGet($"{options.Path}/{BananaCakePop.ConfigFile}", ide.WriteConfigAsync);
        }

        var endpoint = new GraphQLServerEndpoint(
            app.Services.GetRequiredService<GraphQLHttpHandler>(),
            app.Services.GetRequiredService<GraphQLWebSocketHandler>(),
            ide,
            options);
        var graphQL = app.Map(options.Path, endpoint.HandleAsync);
        if (limited)
        {
            graphQL.RequireRateLimiting(ClientRateLimits.RequestsPolicy);
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag) });
        return app;
    }

    // The schema is a service: the follow graph's API registers it, and tests may register their own.
    private static IRequestExecutor CreateExecutor(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var logger = provider.GetRequiredService<ILogger<RequestExecutor>>();
        return new RequestExecutor(provider.GetRequiredService<Schema>(), new ExecutionOptions
        {
            ParserOptions = ParserOptions.Default with { MaxTokens = options.MaxTokens },
            OnUnexpectedError = error => logger.LogError(error, "A resolver failed."),
        });
    }

    private static void UseCors(WebApplication app, CorsSettings cors)
    {
        if (cors.AllowedOrigins.Length == 0)
        {
            return;
        }

        app.UseCors(policy =>
        {
            if (cors.AllowedOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(cors.AllowedOrigins);
            }

            policy.WithMethods("GET", "POST").AllowAnyHeader().SetPreflightMaxAge(cors.PreflightMaxAge);
            if (cors.AllowCredentials)
            {
                policy.AllowCredentials();
            }
        });
    }
}
