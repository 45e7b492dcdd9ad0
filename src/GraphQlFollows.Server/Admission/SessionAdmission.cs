using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.Server.Admission;

/// <summary>The per-client budgets a WebSocket connection's operations spend, for the client that opened it.</summary>
internal sealed class SessionAdmission(WalletSignedBudget walletSigned, string client)
{
    public GraphQLError? Refusal(PreparedOperation operation) => walletSigned.Refusal(operation, client);
}
