using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// Creates or upgrades the follow store: the first hosted service, since every one after it (the operation feed,
/// the writer, the event pump, webhooks) reads the store, and nothing built before the host starts touches it. When
/// the store is unavailable or full then, the server exits with <see cref="StoreUnavailableExitCode"/>.
/// </summary>
internal sealed class FollowsStoreMigration(IDbContextFactory<FollowsDbContext> factory) : IHostedService
{
    /// <summary>EX_TEMPFAIL of sysexits.h: a temporary failure, which a supervisor may retry.</summary>
    public const int StoreUnavailableExitCode = 75;

    public Task StartAsync(CancellationToken cancellationToken) => FollowsStore.MigrateAsync(factory, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
