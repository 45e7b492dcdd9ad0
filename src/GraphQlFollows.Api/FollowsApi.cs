using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Api.Mutations;
using GraphQlFollows.Api.Nodes;
using GraphQlFollows.Api.Queries;
using GraphQlFollows.Api.Scalars;
using GraphQlFollows.Api.Subscriptions;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Api;

/// <summary>
/// The GraphQL API of the follow graph: <c>schema.graphql</c> bound to <see cref="FollowGraph"/> (writes),
/// <see cref="GraphReads"/> (reads) and <see cref="FollowEvents"/> (subscriptions). Hand the schema to a
/// <c>RequestExecutor</c>.
/// </summary>
public static class FollowsApi
{
    /// <summary>Builds the executable schema over the given graph.</summary>
    public static Schema BuildSchema(FollowGraph graph, GraphReads reads, FollowEvents events)
    {
        var document = SchemaSource.Parse();
        return Bind(new SchemaBuilder(document), document, graph, reads, events).Build();
    }

    /// <summary>
    /// Binds the scalars, resolvers, subscriber and enum values to a builder of <c>schema.graphql</c> made elsewhere
    /// (a host that builds the served schema itself).
    /// </summary>
    public static SchemaBuilder Bind(SchemaBuilder builder, FollowGraph graph, GraphReads reads, FollowEvents events) =>
        Bind(builder, SchemaSource.Parse(), graph, reads, events);

    // The enum bindings read the values from the schema's own document, parsed once by the caller.
    private static SchemaBuilder Bind(
        SchemaBuilder builder, DocumentNode document, FollowGraph graph, GraphReads reads, FollowEvents events)
    {
        builder
            .BindScalar(new LongType())
            .BindScalar(new AddressEvmType());
        var loaders = new GraphLoaders(reads.Follows);
        new MutationResolvers(graph).Bind(builder, document);
        new QueryResolvers(reads.Follows, loaders).Bind(builder, document);
        new NodeResolvers(loaders, new NodeLoaders(reads.Nodes)).Bind(builder);
        new ProfileSearchResolvers(reads.Profiles).Bind(builder, document);
        new SubscriptionResolvers(events).Bind(builder, document);
        return builder;
    }

    /// <summary>Builds the schema from the services <see cref="AddFollowsApi"/> and <c>AddFollowGraph</c> registered.</summary>
    public static Schema BuildSchema(IServiceProvider services) =>
        BuildSchema(
            services.GetRequiredService<FollowGraph>(),
            services.GetRequiredService<GraphReads>(),
            services.GetRequiredService<FollowEvents>());

    /// <summary>
    /// Registers <see cref="FollowEvents"/> and the <see cref="Schema"/> as singletons, after
    /// <c>AddFollowsStore</c> and <c>AddFollowGraph</c>; the container disposes the event broadcast, which
    /// <see cref="FollowEvents.Start"/> starts. Its <see cref="FollowsApiOptions"/> come from the options system (a
    /// host binds them, <paramref name="configure"/> adjusts them), checked by <see cref="FollowsApiOptionsValidator"/>.
    /// </summary>
    public static IServiceCollection AddFollowsApi(this IServiceCollection services, Action<FollowsApiOptions>? configure = null)
    {
        var options = services.AddOptions<FollowsApiOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowsApiOptions>, FollowsApiOptionsValidator>());
        services.AddSingleton(provider => new FollowEvents(
            provider.GetRequiredService<FollowGraph>(), provider.GetRequiredService<FollowQueries>(),
            provider.GetRequiredService<IOptions<FollowsApiOptions>>().Value, provider.GetService<ILogger<FollowEvents>>()));
        services.AddSingleton(BuildSchema);
        return services;
    }
}
