using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// Decides whether a client may run an operation now, once it is parsed and validated and before it runs: over
/// HTTP for each request, over WebSocket for each operation of the connection (with the upgrade request as its
/// context). Registered as services; the first refusal answers the operation, over HTTP with the status
/// <see cref="GraphQLServerOptions.ErrorStatusCodes"/> gives its code (429 if none) and its <c>Retry-After</c>.
/// </summary>
public interface IOperationAdmission
{
    /// <summary>The refusal of <paramref name="operation"/> sent through <paramref name="context"/>, or null to run it.</summary>
    GraphQLError? Refusal(PreparedOperation operation, HttpContext context);
}
