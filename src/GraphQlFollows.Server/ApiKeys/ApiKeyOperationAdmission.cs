using GraphQlFollows.Follows.Applications;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>
/// Over WebSocket, each operation spends one of its connection's key's requests, as an HTTP request does at the
/// door (<see cref="ApiKeyMiddleware"/>): past the key's rate an operation is refused with <c>RATE_LIMITED</c>, and one
/// socket runs no more operations a minute than the key may send requests.
/// </summary>
internal sealed class ApiKeyOperationAdmission(ApiKeyGate gate) : IOperationAdmission
{
    public GraphQLError? Refusal(PreparedOperation operation, HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Items[ApiKeyMiddleware.AdmittedKey] is not ApiKeyInfo key)
        {
            return null;
        }

        var verdict = gate.Spend(key);
        return verdict.IsRateLimited ? ApiKeyErrors.RateLimited(verdict) : null;
    }
}
