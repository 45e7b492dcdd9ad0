using System.Diagnostics.Metrics;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GraphQlFollows.Follows.Graph;

/// <summary>Container registration of the follow graph (after <see cref="FollowsStore.AddFollowsStore"/>).</summary>
public static class FollowGraphServices
{
    /// <summary>
    /// Registers <see cref="FollowGraph"/> (the writes) and the reads (<see cref="GraphReads"/>, and
    /// <see cref="FollowQueries"/> alone) as singletons, and <see cref="TimeProvider.System"/> unless another clock is registered.
    /// </summary>
    public static IServiceCollection AddFollowGraph(this IServiceCollection services, FollowGraphOptions? options = null)
    {
        var graphOptions = options ?? new FollowGraphOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(graphOptions);
        services.AddSingleton(provider => new FollowGraph(
            provider.GetRequiredService<IDbContextFactory<FollowsDbContext>>(), graphOptions,
            provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<FollowGraph>>(), provider.GetService<IMeterFactory>()));
        services.AddSingleton(provider => GraphReads.Over(provider.GetRequiredService<IDbContextFactory<FollowsDbContext>>()));
        services.AddSingleton(provider => provider.GetRequiredService<GraphReads>().Follows);
        return services;
    }
}
