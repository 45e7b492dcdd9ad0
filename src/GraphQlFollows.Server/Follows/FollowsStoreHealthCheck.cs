using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// Ready when the follow store accepts a connection. Registered with its own timeout
/// (<c>Storage:HealthCheckTimeout</c>), so that a database that hangs makes the server unready at once rather
/// than when a connection attempt gives up.
/// </summary>
internal sealed class FollowsStoreHealthCheck(IDbContextFactory<FollowsDbContext> factory) : IHealthCheck
{
    public const string Name = "follows-store";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var store = await factory.CreateDbContextAsync(cancellationToken);
        // The wait ends with the timeout even where a provider's connection attempt does not heed cancellation.
        return await store.Database.CanConnectAsync(cancellationToken).WaitAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The follow store does not accept connections.");
    }
}
