using System.Threading.RateLimiting;
using GraphQlFollows.Api.Mutations;
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
internal sealed class WalletSignedBudget : IOperationAdmission, IDisposable
{
    private readonly ClientBudget _budget;
    private readonly PartitionedRateLimiter<string>? _limiter;

    public WalletSignedBudget(IOptions<RateLimitSettings> options)
    {
        _budget = options.Value.WalletSigned;
        if (_budget.IsOn)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(client => ClientBudgets.Partition(_budget, client));
        }
    }

    public GraphQLError? Refusal(PreparedOperation operation, HttpContext context)
    {
        if (_limiter is null || operation.Operation!.Operation != OperationType.Mutation)
        {
            return null;
        }
        var fields = Count(operation.Document!, operation.Operation.SelectionSet);
        if (fields == 0)
        {
            return null;
        }
        var burst = _budget.Burst > 0 ? _budget.Burst : _budget.Permits;
        if (fields > burst)
        {
            return ClientBudgets.TooManyWalletSignatures((int)Math.Ceiling(_budget.Window.TotalSeconds));
        }
        using var lease = _limiter.AttemptAcquire(ClientKey.Of(context), fields);
        return lease.IsAcquired ? null : ClientBudgets.TooManyWalletSignatures(ClientBudgets.RetryAfterSeconds(lease, _budget));
    }

    public void Dispose() => _limiter?.Dispose();

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
