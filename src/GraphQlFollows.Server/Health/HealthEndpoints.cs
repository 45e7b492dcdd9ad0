using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GraphQlFollows.Server.Health;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: every check tagged
/// <see cref="GraphQLServerExtensions.ReadinessTag"/> passes (the engine answers, the follow store connects).
/// </summary>
internal static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(GraphQLServerExtensions.ReadinessTag) });
        return app;
    }
}
