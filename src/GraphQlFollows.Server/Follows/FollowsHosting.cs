using GraphQlFollows.Api;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// The follow graph in the host: its store (<c>Storage:Provider</c>, <c>ConnectionStrings:Follows</c>), its rules
/// (section <c>Follows</c>) and its GraphQL binding (section <c>FollowsApi</c>), which supplies the served schema.
/// </summary>
public static class FollowsHosting
{
    public static IServiceCollection AddFollows(this IServiceCollection services, IConfiguration configuration)
    {
        var store = StoreOptions(configuration);
        var graph = configuration.GetSection("Follows").Get<FollowGraphOptions>() ?? new FollowGraphOptions();
        var api = configuration.GetSection("FollowsApi").Get<FollowsApiOptions>() ?? new FollowsApiOptions();
        services.AddFollowsStore(store).AddFollowGraph(graph).AddFollowsApi(api);
        services.AddHostedService<FollowsStoreMigration>();
        services.AddHealthChecks().AddCheck<FollowsStoreHealthCheck>("follows-store", tags: [GraphQLServerExtensions.ReadinessTag]);
        return services;
    }

    /// <summary>The store that <c>Storage:Provider</c> and <c>ConnectionStrings:Follows</c> configure.</summary>
    public static FollowsStoreOptions StoreOptions(IConfiguration configuration) =>
        FollowsStoreOptions.From(configuration["Storage:Provider"], configuration.GetConnectionString("Follows"));
}
