using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>The specification's handling of field errors: report once, then null the nearest nullable position.</summary>
internal sealed partial class OperationExecution
{
    /// <summary>
    /// Every exception is a field error except cancellation of the request itself and a result past its bound, which
    /// end execution.
    /// </summary>
    private bool IsFieldError(Exception e) =>
        !(e is OperationCanceledException && CancellationToken.IsCancellationRequested) && e is not ResultTooLargeException;

    private void FieldError(Exception exception, FieldPlan field, IResultContainer container, int index, bool nonNull)
    {
        // Inside a part of the tree that a null already replaced, nothing more is reported (as graphql-js does).
        if (container.IsInNulledTree())
        {
            return;
        }

        AddError(ToGraphQLError(exception, field, container.PathOf(index)));
        if (nonNull)
        {
            NullContainer(container);
        }
        else
        {
            container.SetSlot(index, null);
        }
    }

    /// <summary>A non-null position became null: the null moves up to the nearest nullable position, or to <c>data</c>.</summary>
    private void NullContainer(IResultContainer container)
    {
        while (true)
        {
            container.IsNulled = true;
            if (container.Parent is not { } parent)
            {
                _dataNulled = true;
                return;
            }

            if (!container.NonNullInParent)
            {
                parent.SetSlot(container.IndexInParent, null);
                return;
            }

            container = parent;
        }
    }

    private void AddError(GraphQLError error) => (_errors ??= []).Add(error);

    private GraphQLError ToGraphQLError(Exception exception, FieldPlan field, IReadOnlyList<object> path)
    {
        var locations = exception is InputValueException { Node.Location: not null } invalid
            ? ErrorLocations.Of(invalid.Node)
            : ErrorLocations.Of(field.Nodes);
        if ((exception as GraphQLException ?? _options.TranslateException?.Invoke(exception)) is { } meant)
        {
            return new GraphQLError(meant.Message, locations, path, meant.Extensions);
        }

        _options.OnUnexpectedError?.Invoke(exception);
        var message = _options.IncludeExceptionDetails ? exception.Message : ExecutionOptions.UnexpectedErrorMessage;
        return new GraphQLError(message, locations, path);
    }
}
