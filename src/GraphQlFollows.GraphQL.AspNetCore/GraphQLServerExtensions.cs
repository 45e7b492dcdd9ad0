using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Validation;
using GraphQlFollows.GraphQL.Validation.Limits;
using GraphQlFollows.GraphQL.AspNetCore.Health;
using GraphQlFollows.GraphQL.AspNetCore.Http;
using GraphQlFollows.GraphQL.AspNetCore.Ide;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using GraphQlFollows.GraphQL.AspNetCore.Persisted;
using GraphQlFollows.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// Wires the engine and the transports into an ASP.NET Core application, for whatever schema the application
/// registers as a <see cref="Schema"/> service.
/// </summary>
public static class GraphQLServerExtensions
{
    /// <summary>
    /// The tag of the health checks that decide readiness: the engine's own check has it, and a database, for one,
    /// adds its check with it.
    /// </summary>
    public const string ReadinessTag = "ready";

    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLServerOptions>().Bind(configuration.GetSection(GraphQLServerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLServerOptions>, GraphQLServerOptionsValidator>();
        services.AddSingleton<IRequestExecutor>(provider => CreateExecutor(provider));
        services.AddSingleton<PersistedDocuments>();
        services.AddSingleton<OperationRunner>();
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

    /// <summary>
    /// Serves the endpoint (GraphQL over HTTP and WebSocket) and the IDE at <see cref="GraphQLServerOptions.Path"/>;
    /// the application adds its own conventions, such as rate limiting, to the endpoint returned.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLServer(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        UseCors(app, options.Cors);
        app.UseWebSockets();

        BananaCakePop? ide = null;
        if (options.Ide)
        {
            ide = app.Services.GetRequiredService<BananaCakePop>();
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = ide.Files,
                RequestPath = options.Path,
                OnPrepareResponse = file => PageSecurityHeaders.AddToFile(file.Context.Response),
            });
            app.MapGet($"{options.Path}/{BananaCakePop.ConfigFile}", ide.WriteConfigAsync);
        }

        var endpoint = new GraphQLServerEndpoint(
            app.Services.GetRequiredService<GraphQLHttpHandler>(),
            app.Services.GetRequiredService<GraphQLWebSocketHandler>(),
            ide,
            options);
        return app.Map(options.Path, endpoint.HandleAsync);
    }

    /// <summary>
    /// Whether the request is a GraphQL request (or a WebSocket upgrade) to the endpoint: the endpoint that routing
    /// chose (rather than the path, which routing matches more loosely: a trailing slash), but neither a CORS preflight
    /// nor the IDE's page. What an application's middleware guards, such as an API key check.
    /// </summary>
    public static bool IsGraphQLRequest(HttpContext context, GraphQLServerOptions options) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: var pattern } && pattern == options.Path
        && !HttpMethods.IsOptions(context.Request.Method)
        && !(options.Ide && BananaCakePop.IsWanted(context.Request));

    // The schema is a service: the application registers it, and tests may register their own.
    private static IRequestExecutor CreateExecutor(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var logger = provider.GetRequiredService<ILogger<RequestExecutor>>();
        var limits = new OperationLimits(options.MaxDepth, options.MaxFields, options.MaxAliases);
        return new RequestExecutor(provider.GetRequiredService<Schema>(), new ExecutionOptions
        {
            ParserOptions = ParserOptions.Default with { MaxTokens = options.MaxTokens },
            ValidationRules = [.. SpecifiedRules.All, limits.Rule],
            MaxCost = options.MaxCost,
            MaxResultBytes = options.MaxResponseBytes,
            OnUnexpectedError = error => logger.LogError(error, "A resolver failed."),
            TranslateException = provider.GetService<IGraphQLExceptionTranslator>() is { } translator ? translator.Translate : null,
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
