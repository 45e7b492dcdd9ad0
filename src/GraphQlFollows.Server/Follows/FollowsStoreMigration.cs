using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Server.Follows;

/// <summary>Creates or upgrades the follow store at start-up, before the server accepts requests.</summary>
internal sealed class FollowsStoreMigration(IDbContextFactory<FollowsDbContext> factory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => FollowsStore.MigrateAsync(factory, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
