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
        // The wait ends with the timeout even where the provider does not heed cancellation, or where closing a
        // connection that is still waiting for the database would wait with it: the attempt ends on its own.
        var attempt = CanConnectAsync(cancellationToken);
        _ = attempt.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        return await attempt.WaitAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The follow store does not accept connections.");
    }

    private async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        await using var store = await factory.CreateDbContextAsync(cancellationToken);
        return await store.Database.CanConnectAsync(cancellationToken);
    }
}
