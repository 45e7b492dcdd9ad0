using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphQlFollows.GraphQL.AspNetCore.Health;

/// <summary>Ready when the engine answers the smallest query against the served schema.</summary>
internal sealed class ExecutorHealthCheck(OperationRunner runner) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        const string query = "{ __typename }";
        var prepared = runner.Prepare(query, null);
        if (!prepared.IsValid)
        {
            return HealthCheckResult.Unhealthy(prepared.Errors[0].Message);
        }

        using var budget = runner.StartBudget(cancellationToken);
        var result = await runner.ExecuteAsync(prepared, new GraphQLRequest { Query = query }, budget.Token, cancellationToken);
        return result is { HasData: true, Errors: null or { Count: 0 } }
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The engine did not answer { __typename }.");
    }
}
