using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Telemetry;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;
using GraphQlFollows.GraphQL.Validation.Limits;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// Runs requests against a schema, following the specification's ExecuteRequest. Prepared documents (parsed,
/// validated, with their operation plans) are cached by query text, so a repeated query is neither parsed nor
/// validated again. Safe to share between threads.
/// </summary>
public sealed partial class RequestExecutor : IRequestExecutor
{
    private readonly DocumentCache<PreparedDocument> _documents;

    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        Options = options ?? new ExecutionOptions();
        _documents = new DocumentCache<PreparedDocument>(Options.DocumentCacheSize, Options.DocumentCacheMaxChars);
    }

    public Schema Schema { get; }
    public ExecutionOptions Options { get; }

    /// <summary>How many documents are cached now.</summary>
    public int CachedDocumentCount => _documents.Count;

    public PreparedOperation Prepare(string query, string? operationName)
    {
        if (!_documents.TryGet(query, out var document))
        {
            document = _documents.GetOrAdd(query, PreparedDocument.Create(Schema, query, Options));
        }

        return document.GetOperation(Schema, operationName, Options);
    }

    /// <summary>Prepares and runs a query or mutation in one step.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(Prepare(request.Query, request.OperationName), request, cancellationToken);

    public ValueTask<ExecutionResult> ExecuteAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken) =>
        GraphQLTelemetry.IsObserved
            ? ExecuteObservedAsync(operation, request, cancellationToken)
            : ExecuteCoreAsync(operation, request, cancellationToken);

    // An async method of its own: the span it makes current is current only inside it, not in the caller afterwards.
    private async ValueTask<ExecutionResult> ExecuteObservedAsync(
        PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken)
    {
        using var activity = GraphQLTelemetry.StartExecute(operation);
        var result = await ExecuteCoreAsync(operation, request, cancellationToken).ConfigureAwait(false);
        GraphQLTelemetry.Executed(activity, operation, result);
        return result;
    }

    private ValueTask<ExecutionResult> ExecuteCoreAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!TryStart(operation, request, out var plan, out var variables, out var costReport, out var error))
        {
            return new ValueTask<ExecutionResult>(error);
        }

        return new OperationExecution(plan, variables, request, Options, cancellationToken) { Extensions = costReport }.ExecuteAsync();
    }

    /// <summary>
    /// The specification's steps before executing the root selection set: a valid operation, a root type for it,
    /// coerced variables, a price within the limit and the plan. A failure gives the result to return instead.
    /// </summary>
    private bool TryStart(
        PreparedOperation operation,
        GraphQLRequest request,
        out OperationPlan plan,
        out IReadOnlyDictionary<string, object?> variables,
        out Dictionary<string, object?>? costReport,
        out ExecutionResult error)
    {
        plan = null!;
        variables = null!;
        costReport = null;
        error = null!;
        if (!operation.IsValid)
        {
            error = ExecutionResult.RequestError(operation.Errors);
            return false;
        }

        var definition = operation.Operation!;
        var coerced = CoerceVariableValues.Coerce(Schema, definition, request.Variables, out var variableErrors);
        if (coerced is null)
        {
            error = ExecutionResult.RequestError(variableErrors);
            return false;
        }

        variables = coerced;
        if (CostRefusal(operation, request, variables, out costReport) is { } tooDear)
        {
            error = tooDear;
            return false;
        }

        try
        {
            plan = PlansOf(operation).Get(variables);
        }
        catch (GraphQLException e)
        {
            // An invalid @skip or @include argument: reported at the value, as field argument errors are.
            var locations = e is InputValueException { Node.Location: not null } invalid ? ErrorLocations.Of(invalid.Node) : null;
            error = new ExecutionResult { HasData = true, Errors = [new GraphQLError(e.Message, locations, null, e.Extensions)] };
            return false;
        }

        if (plan.RootType is null)
        {
            var operationType = definition.Operation.ToString().ToLowerInvariant();
            error = new ExecutionResult
            {
                HasData = true,
                Errors = [new GraphQLError($"Schema is not configured to execute {operationType} operation.", ErrorLocations.Of(definition))],
            };
            return false;
        }

        return true;
    }

    /// <summary>The refusal of an operation that costs more than <see cref="ExecutionOptions.MaxCost"/> with these variables.</summary>
    /// <param name="report">The price as <c>extensions.cost</c>, when the request asks for it.</param>
    private ExecutionResult? CostRefusal(
        PreparedOperation operation, GraphQLRequest request, IReadOnlyDictionary<string, object?> variables, out Dictionary<string, object?>? report)
    {
        report = null;
        if (Options.MaxCost is not { } maximum)
        {
            return null;
        }

        var requested = CostOf(operation).Evaluate(variables);
        report = request.ReportCost ? OperationCostLimit.Report(requested, maximum) : null;
        return requested <= maximum ? null : new ExecutionResult { Errors = [OperationCostLimit.TooHigh(requested, maximum)], Extensions = report };
    }

    // An operation prepared by another executor may not have been priced: it is priced here, each time.
    private CostPlan CostOf(PreparedOperation operation) =>
        operation.Cost ?? CostAnalysis.Analyze(Schema, operation.Document!, operation.Operation!, out _);

    private OperationPlans PlansOf(PreparedOperation operation)
    {
        if (operation.Plans is { } plans && ReferenceEquals(plans.Schema, Schema))
        {
            return plans;
        }

        // A prepared operation made elsewhere (or for another schema) gets plans for this schema.
        var created = new OperationPlans(Schema, operation.Document!, operation.Operation!);
        Interlocked.CompareExchange(ref operation.Plans, created, operation.Plans);
        return created;
    }
}
