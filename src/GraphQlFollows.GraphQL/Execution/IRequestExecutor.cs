using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// The engine as a host sees it. <see cref="Prepare"/> parses, validates and picks the operation (cached by the
/// document's content), so a transport can look at the operation type before running it, as GET requests must.
/// </summary>
public interface IRequestExecutor
{
    Types.Schema Schema { get; }

    PreparedOperation Prepare(string query, string? operationName);

    /// <summary>Runs a query or mutation.</summary>
    ValueTask<ExecutionResult> ExecuteAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a subscription: either a stream of results, one per event, or a single result with the errors that kept
    /// the stream from starting.
    /// </summary>
    ValueTask<SubscriptionResult> SubscribeAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken);
}

/// <summary>A parsed and validated document with its chosen operation, or the errors that stop it.</summary>
public sealed class PreparedOperation
{
    public DocumentNode? Document { get; init; }
    public OperationDefinitionNode? Operation { get; init; }

    /// <summary>Syntax, validation and operation-selection errors; empty when the operation can run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    public bool IsValid => Errors.Count == 0 && Operation is not null;

    /// <summary>The operation's execution plans, made by the executor that prepared it.</summary>
    internal OperationPlans? Plans;

    /// <summary>The operation's price as a function of its variables, when the executor that prepared it prices operations.</summary>
    internal Validation.Limits.CostPlan? Cost { get; init; }
}

public sealed class SubscriptionResult
{
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }
    public ExecutionResult? Error { get; init; }
}
