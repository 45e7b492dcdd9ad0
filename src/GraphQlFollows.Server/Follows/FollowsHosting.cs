using GraphQlFollows.Api;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// The follow graph in the host: its store (<c>Storage:Provider</c>, <c>ConnectionStrings:Follows</c>,
/// <c>Storage:HealthCheckTimeout</c>), its rules
/// (section <c>Follows</c>) and its GraphQL binding (section <c>FollowsApi</c>), which supplies the served schema.
/// </summary>
public static class FollowsHosting
{
    public static IServiceCollection AddFollows(this IServiceCollection services, IConfiguration configuration)
    {
        var store = FollowsStoreOptions.From(configuration["Storage:Provider"], configuration.GetConnectionString("Follows"));
        var graph = configuration.GetSection("Follows").Get<FollowGraphOptions>() ?? new FollowGraphOptions();
        var api = configuration.GetSection("FollowsApi").Get<FollowsApiOptions>() ?? new FollowsApiOptions();
        services.AddFollowsStore(store).AddFollowGraph(graph).AddFollowsApi(api);
        services.AddHostedService<FollowsStoreMigration>();
        var healthTimeout = configuration.GetValue("Storage:HealthCheckTimeout", FollowsStoreHealthCheck.DefaultTimeout);
        services.AddHealthChecks().AddCheck<FollowsStoreHealthCheck>(
            FollowsStoreHealthCheck.Name, failureStatus: null, tags: [GraphQLServerExtensions.ReadinessTag], timeout: healthTimeout);
        return services;
    }
}
