using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>Refuses a configuration the server could not honour, at start-up rather than on the first request.</summary>
internal sealed class GraphQLServerOptionsValidator : IValidateOptions<GraphQLServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLServerOptions options)
    {
        var failures = new List<string>();
        Require(failures, options.Path.StartsWith('/') && !options.Path.EndsWith('/'), "GraphQL:Path must start with '/' and not end with it.");
        Require(failures, options.MaxRequestBytes > 0, "GraphQL:MaxRequestBytes must be positive.");
        Require(failures, options.MaxDocumentLength > 0, "GraphQL:MaxDocumentLength must be positive.");
        Require(failures, options.MaxTokens > 0, "GraphQL:MaxTokens must be positive.");
        Require(failures, options.MaxDepth > 0, "GraphQL:MaxDepth must be positive.");
        Require(failures, options.MaxFields > 0, "GraphQL:MaxFields must be positive.");
        Require(failures, options.MaxAliases >= 0, "GraphQL:MaxAliases must not be negative.");
        Require(failures, options.MaxCost > 0, "GraphQL:MaxCost must be positive.");
        Require(failures, options.MaxResponseBytes > 0, "GraphQL:MaxResponseBytes must be positive.");
        Require(failures, options.RequestTimeout > TimeSpan.Zero, "GraphQL:RequestTimeout must be positive.");

        var sockets = options.WebSockets;
        Require(failures, sockets.ConnectionInitTimeout > TimeSpan.Zero, "GraphQL:WebSockets:ConnectionInitTimeout must be positive.");
        Require(failures, sockets.KeepAliveInterval >= TimeSpan.Zero, "GraphQL:WebSockets:KeepAliveInterval must not be negative.");
        Require(failures, sockets.KeepAliveTimeout >= TimeSpan.Zero, "GraphQL:WebSockets:KeepAliveTimeout must not be negative.");
        Require(failures, sockets.MaxConnections > 0, "GraphQL:WebSockets:MaxConnections must be positive.");
        Require(failures, sockets.MaxOperationsPerConnection > 0, "GraphQL:WebSockets:MaxOperationsPerConnection must be positive.");
        Require(failures, sockets.MaxMessageBytes > 0, "GraphQL:WebSockets:MaxMessageBytes must be positive.");

        var persisted = options.PersistedOperations;
        Require(failures, persisted.MaxAutomaticDocuments > 0, "GraphQL:PersistedOperations:MaxAutomaticDocuments must be positive.");
        Require(failures, !persisted.Only || persisted.Path is not null,
            "GraphQL:PersistedOperations:Only needs a manifest of the operations to serve (GraphQL:PersistedOperations:Path).");

        var cors = options.Cors;
        Require(failures, !(cors.AllowCredentials && cors.AllowedOrigins.Contains("*")),
            "GraphQL:Cors:AllowCredentials cannot be combined with the origin '*'.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, bool condition, string message)
    {
        if (!condition)
        {
            failures.Add(message);
        }
    }
}
