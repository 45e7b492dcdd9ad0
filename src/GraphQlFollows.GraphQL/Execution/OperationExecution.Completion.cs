using System.Collections;
using System.Runtime.InteropServices;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>The specification's CompleteValue: a resolved value shaped by the field's type into its result slot.</summary>
internal sealed partial class OperationExecution
{
    private void CompleteValue(IGraphQLType type, ResolverContext context, object? result, IResultContainer container, int index)
    {
        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            type = nonNullType.OfType;
            nonNull = true;
        }

        if (result is null)
        {
            if (nonNull)
            {
                FieldError(new GraphQLException($"Cannot return null for non-nullable field {context.Field.Coordinate}."), context.Field, container, index, true);
            }

            return;
        }

        try
        {
            // The sealed types first: testing for them is one comparison, unlike the scalar base class.
            switch (type)
            {
                case ObjectType objectType:
                    CompleteObject(objectType, context, result, container, index, nonNull);
                    break;
                case ListType list:
                    CompleteList(list, context, result, container, index, nonNull);
                    break;
                case EnumType enumType:
                    CompleteLeaf(EnumCoercion.Serialize(enumType, context.Field.EnumNames!, result), context, container, index, nonNull);
                    break;
                case ScalarType scalar:
                    CompleteLeaf(scalar.Serialize(result), context, container, index, nonNull);
                    break;
                default:
                    CompleteObject(ResolveAbstractType((NamedType)type, result, context), context, result, container, index, nonNull);
                    break;
            }
        }
        catch (Exception e) when (IsFieldError(e))
        {
            FieldError(e, context.Field, container, index, nonNull);
        }
    }

    private void CompleteLeaf(object? serialized, ResolverContext context, IResultContainer container, int index, bool nonNull)
    {
        if (serialized is null && nonNull)
        {
            throw new GraphQLException($"Cannot return null for non-nullable field {context.Field.Coordinate}.");
        }

        CountResultBytes(LeafBytes(serialized));
        container.SetSlot(index, serialized);
    }

    private void CompleteList(ListType type, ResolverContext context, object result, IResultContainer container, int index, bool nonNull)
    {
        if (!CoerceInputValue.IsList(result))
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{context.Field.Coordinate}\".");
        }

        // Lists and arrays of reference types are read in place; anything else is enumerated once into a list.
        var items = result as IReadOnlyList<object?> ?? ((IEnumerable)result).Cast<object?>().ToList();
        CountResultBytes(1 + items.Count);
        var list = new ResultList(items.Count, container, index, nonNull);
        CollectionsMarshal.SetCount(list, items.Count);
        container.SetSlot(index, list);
        for (var i = 0; i < items.Count && !list.IsNulled; i++)
        {
            CompleteValue(type.OfType, context, items[i], list, i);
        }
    }

    private void CompleteObject(ObjectType type, ResolverContext context, object result, IResultContainer container, int index, bool nonNull)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result, context))
        {
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {Inspect.Format(result)}.");
        }

        var plan = context.Field.GetSubPlan(type);
        var map = new ResultMap(plan.Fields.Length, container, index, nonNull);
        container.SetSlot(index, map);
        ExecuteSelectionSet(plan, result, map);
    }

    /// <summary>
    /// The specification's ResolveAbstractType: the type's own resolver, else the schema's default, else the
    /// value's <c>__typename</c> entry or the first possible type whose IsTypeOf accepts it.
    /// </summary>
    private ObjectType ResolveAbstractType(NamedType abstractType, object result, ResolverContext context)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        } ?? Schema.DefaultTypeResolver;
        var name = resolver is not null ? resolver(result, context) : FindTypeName(abstractType, result, context);
        if (name is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.Field.Coordinate}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        return Schema.GetType(name) switch
        {
            null => throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema."),
            ObjectType objectType when Schema.IsSubType(abstractType, objectType) => objectType,
            ObjectType => throw new GraphQLException($"Runtime Object type \"{name}\" is not a possible type for \"{abstractType.Name}\"."),
            _ => throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\"."),
        };
    }

    private string? FindTypeName(NamedType abstractType, object result, ResolverContext context)
    {
        if (result is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("__typename") is string typename)
        {
            return typename;
        }

        foreach (var possibleType in Schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.IsTypeOf?.Invoke(result, context) == true)
            {
                return possibleType.Name;
            }
        }

        return null;
    }
}
