using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// Creates or upgrades the follow store at start-up, before the server accepts requests. When the store is
/// unavailable or full then, the server exits with <see cref="StoreUnavailableExitCode"/>.
/// </summary>
internal sealed class FollowsStoreMigration(IDbContextFactory<FollowsDbContext> factory) : IHostedService
{
    /// <summary>EX_TEMPFAIL of sysexits.h: a temporary failure, which a supervisor may retry.</summary>
    public const int StoreUnavailableExitCode = 75;

    public Task StartAsync(CancellationToken cancellationToken) => FollowsStore.MigrateAsync(factory, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
