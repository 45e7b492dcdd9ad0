using System.Diagnostics.Metrics;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Follows.Graph;

/// <summary>Container registration of the follow graph (after <see cref="FollowsStore.AddFollowsStore"/>).</summary>
public static class FollowGraphServices
{
    /// <summary>
    /// Registers <see cref="FollowGraph"/> (the writes) and the reads (<see cref="GraphReads"/>, and
    /// <see cref="FollowQueries"/> alone) as singletons, and <see cref="TimeProvider.System"/> unless another clock is
    /// registered. The graph takes its <see cref="FollowGraphOptions"/> from the options system (a host binds them,
    /// <paramref name="configure"/> adjusts them), checked by <see cref="FollowGraphOptionsValidator"/>. Nothing
    /// starts until <see cref="FollowGraph.StartAsync"/> (or its two steps) is called.
    /// </summary>
    public static IServiceCollection AddFollowGraph(this IServiceCollection services, Action<FollowGraphOptions>? configure = null)
    {
        var options = services.AddOptions<FollowGraphOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowGraphOptions>, FollowGraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new FollowGraph(
            provider.GetRequiredService<IDbContextFactory<FollowsDbContext>>(), provider.GetRequiredService<IOptions<FollowGraphOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<FollowGraph>>(), provider.GetService<IMeterFactory>()));
        services.AddSingleton(provider => GraphReads.Over(provider.GetRequiredService<IDbContextFactory<FollowsDbContext>>()));
        services.AddSingleton(provider => provider.GetRequiredService<GraphReads>().Follows);
        return services;
    }
}
