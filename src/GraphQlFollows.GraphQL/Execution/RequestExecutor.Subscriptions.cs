using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>The specification's Subscribe: a source stream from the root field, mapped through execution per event.</summary>
public sealed partial class RequestExecutor
{
    public async ValueTask<SubscriptionResult> SubscribeAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (operation.IsValid && operation.Operation!.Operation != OperationType.Subscription)
        {
            return Failed(new GraphQLError("Expected subscription operation."));
        }

        if (!TryStart(operation, request, out var plan, out var variables, out _, out var error))
        {
            return new SubscriptionResult { Error = error.HasData ? ExecutionResult.RequestError(error.Errors!) : error };
        }

        if (plan.Root!.Fields.Length == 0)
        {
            var name = operation.Operation!.SelectionSet.Selections.OfType<FieldNode>().FirstOrDefault()?.Name.Value;
            return Failed(new GraphQLError($"The subscription field \"{name}\" is not defined.", ErrorLocations.Of(operation.Operation)));
        }

        var execution = new OperationExecution(plan, variables, request, Options, cancellationToken);
        var (source, sourceError) = await execution.CreateSourceEventStreamAsync(plan.Root.Fields[0]).ConfigureAwait(false);
        return source is null
            ? Failed(sourceError!)
            : new SubscriptionResult { Stream = MapSourceToResponseEvents(source, plan, variables, request, cancellationToken) };
    }

    private static SubscriptionResult Failed(GraphQLError error) =>
        new() { Error = ExecutionResult.RequestError([error]) };

    /// <summary>
    /// The specification's MapSourceToResponseEvent. Disposing the returned stream's enumerator disposes the source's.
    /// </summary>
    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvents(
        IAsyncEnumerable<object?> source,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var sourceEvent in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var execution = new OperationExecution(plan, variables, request, Options, cancellationToken) { RootValue = sourceEvent };
            yield return await execution.ExecuteAsync().ConfigureAwait(false);
        }
    }
}
