using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// Hands out a provider's own context type (which carries that provider's migrations) as the
/// <see cref="FollowsDbContext"/> that the graph, the queries and the hosts ask for.
/// </summary>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<FollowsDbContext>
    where TContext : FollowsDbContext
{
    public FollowsDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<FollowsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
