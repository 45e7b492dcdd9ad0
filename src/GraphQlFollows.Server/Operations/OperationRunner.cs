using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Operations;

/// <summary>
/// What every transport does with a request: bound the document, let the engine parse and validate it, apply the
/// server's own limits on the chosen operation, and run it within the request's time budget.
/// </summary>
internal sealed class OperationRunner
{
    private readonly IRequestExecutor _executor;
    private readonly GraphQLServerOptions _options;

    // The engine caches prepared documents, so measuring each operation once keeps the check off the hot path.
    private readonly ConditionalWeakTable<OperationDefinitionNode, OperationCost> _costs = new();

    public OperationRunner(IRequestExecutor executor, IOptions<GraphQLServerOptions> options)
    {
        _executor = executor;
        _options = options.Value;
    }

    /// <summary>The operation to run, or the errors that refuse it (syntax, validation or a server limit).</summary>
    public PreparedOperation Prepare(string query, string? operationName)
    {
        if (query.Length > _options.MaxDocumentLength)
        {
            return new PreparedOperation { Errors = [ServerErrors.DocumentTooLarge(_options.MaxDocumentLength)] };
        }

        var prepared = _executor.Prepare(query, operationName);
        if (!prepared.IsValid)
        {
            return prepared;
        }

        var refusal = CheckLimits(prepared.Document!, prepared.Operation!);
        return refusal is null
            ? prepared
            : new PreparedOperation { Document = prepared.Document, Operation = prepared.Operation, Errors = [refusal] };
    }

    /// <summary>
    /// Runs a query or mutation. Returns null when the time budget ran out first; throws
    /// <see cref="OperationCanceledException"/> when <paramref name="aborted"/> fires (the client left).
    /// </summary>
    public async ValueTask<ExecutionResult?> ExecuteAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken aborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        budget.CancelAfter(_options.RequestTimeout);
        var execution = _executor.ExecuteAsync(operation, request, budget.Token);
        if (execution.IsCompletedSuccessfully)
        {
            return execution.Result;
        }

        // Waiting on the budget as well as on the execution answers in time even when a resolver ignores cancellation.
        var task = execution.AsTask();
        try
        {
            return await task.WaitAsync(budget.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            _ = task.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            return null;
        }
    }

    /// <summary>Starts a subscription's source stream; it runs until the stream ends or the token fires.</summary>
    public ValueTask<SubscriptionResult> SubscribeAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken) =>
        _executor.SubscribeAsync(operation, request, cancellationToken);

    public GraphQLError TimedOut() => ServerErrors.TimedOut(_options.RequestTimeout);

    private GraphQLError? CheckLimits(DocumentNode document, OperationDefinitionNode operation)
    {
        if (!_costs.TryGetValue(operation, out var cost))
        {
            cost = OperationCost.Measure(document, operation, _options.MaxDepth);
            _costs.AddOrUpdate(operation, cost);
        }

        if (cost.Depth > _options.MaxDepth)
        {
            return ServerErrors.TooDeep(_options.MaxDepth);
        }

        if (cost.Fields > _options.MaxFields)
        {
            return ServerErrors.TooManyFields(_options.MaxFields);
        }

        return cost.Aliases > _options.MaxAliases ? ServerErrors.TooManyAliases(_options.MaxAliases) : null;
    }
}
