using GraphQlFollows.GraphQL.Types;
namespace GraphQlFollows.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>Fills a new object with the selection set's fields, in response order.</summary>
    private void ExecuteSelectionSet(SelectionSetPlan plan, object? parent, ResultMap map)
    {
        CancellationToken.ThrowIfCancellationRequested();
        Prefill(plan, map);
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length && !map.IsNulled; i++)
        {
            ExecuteField(fields[i], parent, map, i);
        }
    }

    // Every key gets its slot first, so that fields completing later (asynchronously) keep the document's order.
    private void Prefill(SelectionSetPlan plan, ResultMap map)
    {
        CountResultBytes(plan.JsonKeyBytes);
        foreach (var field in plan.Fields)
        {
            map.Add(new KeyValuePair<string, object?>(field.ResponseKey, null));
        }
    }

    /// <summary>The specification's ExecuteField: coerce the arguments, resolve, and complete the value into its slot.</summary>
    private void ExecuteField(FieldPlan field, object? parent, IResultContainer container, int index)
    {
        if (field.IsTypeName)
        {
            CountResultBytes(LeafBytes(field.ParentType.Name));
            container.SetSlot(index, field.ParentType.Name);
            return;
        }

        if (field.PropertyScalar is { } scalar && parent is Dictionary<string, object?> map)
        {
            CompletePropertyScalar(field, scalar, map, container, index);
            return;
        }

        var context = RentContext(field, parent, container, index);
        ValueTask<object?> resolved;
        try
        {
            if (field.Definition.Arguments.Count > 0)
            {
                context.Arguments = field.GetArguments(Variables);
            }

            resolved = field.Resolver(context);
        }
        catch (Exception e) when (IsFieldError(e))
        {
            ReturnContext(context);
            FieldError(e, field, container, index, field.Type.IsNonNull());
            return;
        }

        if (!resolved.IsCompleted)
        {
            Defer(resolved, context, container, index);
            return;
        }

        CompleteResolved(resolved, context, container, index);
        ReturnContext(context);
    }

    /// <summary>
    /// The default resolver's read of a dictionary entry and CompleteValue for a scalar, done in place: the same result
    /// and errors, without renting a context or calling through the resolver delegate.
    /// </summary>
    private void CompletePropertyScalar(FieldPlan field, ScalarType scalar, Dictionary<string, object?> parent, IResultContainer container, int index)
    {
        object? serialized = null;
        try
        {
            if (parent.TryGetValue(field.Definition.Name, out var value) && value is not null)
            {
                serialized = scalar.Serialize(value);
            }
        }
        catch (Exception e) when (IsFieldError(e))
        {
            FieldError(e, field, container, index, field.IsNonNull);
            return;
        }

        if (serialized is null && field.IsNonNull)
        {
            FieldError(new GraphQLException($"Cannot return null for non-nullable field {field.Coordinate}."), field, container, index, true);
            return;
        }

        CountResultBytes(LeafBytes(serialized));
        container.SetSlot(index, serialized);
    }

    private void CompleteResolved(ValueTask<object?> resolved, ResolverContext context, IResultContainer container, int index)
    {
        object? result;
        try
        {
            result = resolved.Result;
        }
        catch (Exception e) when (IsFieldError(e))
        {
            FieldError(e, context.Field, container, index, context.Field.Type.IsNonNull());
            return;
        }

        CompleteValue(context.Field.Type, context, result, container, index);
    }

    private ResolverContext RentContext(FieldPlan field, object? parent, IResultContainer container, int index)
    {
        var context = _contexts.Count > 0 ? _contexts.Pop() : new ResolverContext(this);
        context.Set(field, parent, container, index);
        return context;
    }

    private void ReturnContext(ResolverContext context) => _contexts.Push(context);
}
