using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// One response key of a selection set on one object type: everything about the field that does not depend on the
/// request, looked up once. The plans of its sub-selection are built on first use, one per runtime object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly OperationPlan _operation;
    private readonly IReadOnlyDictionary<string, object?>? _staticArguments;
    private readonly GraphQLException? _staticArgumentsError;
    private SelectionSetPlan? _objectSubPlan;
    private (ObjectType Type, SelectionSetPlan Plan)[] _abstractSubPlans = [];

    public FieldPlan(OperationPlan operation, ObjectType parentType, string responseKey, List<FieldNode> nodes, FieldDefinition definition)
    {
        _operation = operation;
        ParentType = parentType;
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        Type = definition.Type;
        Resolver = definition.Resolver ?? operation.Schema.DefaultFieldResolver;
        Coordinate = parentType.Name + "." + definition.Name;
        IsTypeName = ReferenceEquals(definition, Introspection.TypeNameMetaField);
        EnumNames = Type.GetNamedType() is EnumType enumType ? EnumCoercion.NamesOf(enumType) : null;
        IsNonNull = Type is NonNullType;
        if (ReferenceEquals(Resolver, DefaultResolvers.Property) && definition.Arguments.Count == 0 && (IsNonNull ? ((NonNullType)Type).OfType : Type) is ScalarType scalar)
        {
            PropertyScalar = scalar;
        }

        ArgumentsUseVariables = ArgumentValues.UseVariables(nodes[0].Arguments);
        if (!ArgumentsUseVariables)
        {
            try
            {
                _staticArguments = ArgumentValues.Get(definition.Arguments, nodes[0].Arguments, null, Coordinate);
            }
            catch (GraphQLException e)
            {
                _staticArgumentsError = e;
            }
        }
    }

    public ObjectType ParentType { get; }
    public string ResponseKey { get; }
    public IReadOnlyList<FieldNode> Nodes { get; }
    public FieldDefinition Definition { get; }
    public IGraphQLType Type { get; }
    public FieldResolver Resolver { get; }

    /// <summary><c>__typename</c>: its value is the parent type's name, known when the plan is built.</summary>
    public bool IsTypeName { get; }

    /// <summary>For fields of enum type (under any wrappers): enum names by internal value.</summary>
    public IReadOnlyDictionary<object, string>? EnumNames { get; }

    public bool ArgumentsUseVariables { get; }

    public bool IsNonNull { get; }

    /// <summary>
    /// The field's scalar type when the field is a scalar (possibly non-null), has no arguments (whose coercion can fail)
    /// and is read by the default resolver: the commonest field of data served as JSON, which the executor completes
    /// without a resolver call.
    /// </summary>
    public ScalarType? PropertyScalar { get; }

    /// <summary>The field's coordinate, as messages name it: <c>Type.field</c>.</summary>
    public string Coordinate { get; }

    /// <summary>The coerced arguments: computed once when written without variables, else per request.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_staticArguments is not null)
        {
            return _staticArguments;
        }

        if (_staticArgumentsError is not null)
        {
            throw _staticArgumentsError;
        }

        return ArgumentValues.Get(Definition.Arguments, Nodes[0].Arguments, variables, Coordinate);
    }

    /// <summary>The plan of the merged sub-selections for a value of the given object type.</summary>
    public SelectionSetPlan GetSubPlan(ObjectType objectType)
    {
        if (_objectSubPlan is { } cached && ReferenceEquals(cached.ObjectType, objectType))
        {
            return cached;
        }

        foreach (var (type, plan) in _abstractSubPlans)
        {
            if (ReferenceEquals(type, objectType))
            {
                return plan;
            }
        }

        return BuildSubPlan(objectType);
    }

    // Plans are immutable once built, so a race only builds one twice; the later publication wins harmlessly.
    private SelectionSetPlan BuildSubPlan(ObjectType objectType)
    {
        var plan = _operation.BuildSelectionSet(objectType, SubSelectionSets());
        if (_objectSubPlan is null)
        {
            _objectSubPlan = plan;
        }
        else
        {
            _abstractSubPlans = [.. _abstractSubPlans, (objectType, plan)];
        }

        return plan;
    }

    private IEnumerable<SelectionSetNode> SubSelectionSets()
    {
        foreach (var node in Nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                yield return selectionSet;
            }
        }
    }
}
