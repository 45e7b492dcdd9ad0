using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphQlFollows.Server.Follows;

/// <summary>Ready when the follow store accepts a connection.</summary>
internal sealed class FollowsStoreHealthCheck(IDbContextFactory<FollowsDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var store = await factory.CreateDbContextAsync(cancellationToken);
        return await store.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The follow store does not accept connections.");
    }
}
