using GraphQlFollows.Api;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

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
        var store = StoreOptions(configuration);
        services.AddFollowsStore(store);
        // Hosted services start in the order they are registered: the migration before anything reads the store.
        services.AddHostedService<FollowsStoreMigration>();
        services.AddOptions<FollowGraphOptions>()
            // A write that cannot commit within the request's budget is refused at once rather than timed out; an
            // explicit Follows:MaxQueueWait, bound after, wins.
            .Configure<IOptions<GraphQLServerOptions>>((graph, server) => graph.MaxQueueWait = server.Value.RequestTimeout)
            .Bind(configuration.GetSection(FollowGraphOptions.SectionName))
            .ValidateOnStart();
        services.AddOptions<FollowsApiOptions>().Bind(configuration.GetSection(FollowsApiOptions.SectionName)).ValidateOnStart();
        services.AddFollowGraph().AddFollowsApi();
        services.AddHostedService<OperationFeedService>();
        services.AddHostedService<GraphWriterService>();
        services.AddHostedService<FollowEventsService>();
        if (store.Provider == StorageProvider.PostgreSql)
        {
            KeepThreadsForCancellations();
        }
        services.AddSingleton<IGraphQLExceptionTranslator, FollowsErrors>();
        services.Configure<GraphQLServerOptions>(FollowsErrors.AddStatusCodes);
        var healthTimeout = configuration.GetValue("Storage:HealthCheckTimeout", FollowsStoreHealthCheck.DefaultTimeout);
        services.AddHealthChecks().AddCheck<FollowsStoreHealthCheck>(
            FollowsStoreHealthCheck.Name, failureStatus: null, tags: [GraphQLServerExtensions.ReadinessTag], timeout: healthTimeout);
        return services;
    }

    /// <summary>
    /// Npgsql sends the cancellation request of a timed-out statement synchronously, holding a thread-pool thread
    /// for up to twice the connect timeout. When a frozen server times out many statements at once, the pool
    /// would grow only slowly, and every request (readiness included) would wait for a thread; with this many
    /// threads at hand from the start, the others go on.
    /// </summary>
    private static void KeepThreadsForCancellations()
    {
        const int threads = 64;
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, threads), completionPorts);
    }

    /// <summary>The store that <c>Storage:Provider</c> and <c>ConnectionStrings:Follows</c> configure.</summary>
    public static FollowsStoreOptions StoreOptions(IConfiguration configuration) =>
        FollowsStoreOptions.From(configuration["Storage:Provider"], configuration.GetConnectionString("Follows"));
}
