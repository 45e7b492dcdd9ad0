using GraphQlFollows.Api.Mutations;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// The per-client budget of wallet-signed mutations (<c>GraphQL:RateLimits:WalletSigned</c>), checked once a
/// mutation is parsed and validated and before any signature is: each such field (fragments counted where
/// spread, aliases each once) spends one permit, so one document cannot buy many recoveries.
/// </summary>
internal sealed class WalletSignedBudget(IOptions<RateLimitSettings> options) : IOperationAdmission, IDisposable
{
    private readonly ClientBuckets _buckets = new(options.Value.WalletSigned, ClientBudgets.TooManyWalletSignatures);

    public GraphQLError? Refusal(PreparedOperation operation, HttpContext context)
    {
        if (!_buckets.IsOn || operation.Operation!.Operation != OperationType.Mutation)
        {
            return null;
        }
        var fields = Count(operation.Document!, operation.Operation.SelectionSet);
        return fields == 0 ? null : _buckets.Spend(context, fields);
    }

    public void Dispose() => _buckets.Dispose();

    // The document is validated: its fragments exist and do not spread themselves.
    private static int Count(DocumentNode document, SelectionSetNode selectionSet)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count += selection switch
            {
                FieldNode field => SignedMutations.WalletSigned.Contains(field.Name.Value) ? 1 : 0,
                InlineFragmentNode inline => Count(document, inline.SelectionSet),
                FragmentSpreadNode spread => document.Definitions.OfType<FragmentDefinitionNode>()
                    .Where(f => f.Name.Value == spread.Name.Value).Sum(f => Count(document, f.SelectionSet)),
                _ => 0,
            };
        }
        return count;
    }
}
