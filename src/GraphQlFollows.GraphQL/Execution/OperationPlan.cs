using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// An operation compiled for execution: for each selection set and object type it meets, the collected fields with
/// their definitions, resolvers and (when written without variables) coerced arguments, built once and shared by
/// every request that runs the operation with the same <c>@skip</c>/<c>@include</c> outcomes.
/// Plans are built lazily, as execution reaches each (selection set, object type) pair, and are thread-safe.
/// </summary>
internal sealed class OperationPlan
{
    public OperationPlan(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> conditionValues)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        ConditionValues = conditionValues;
        RootType = schema.GetRootType(operation.Operation);
        if (RootType is not null)
        {
            Root = BuildSelectionSet(RootType, [operation.SelectionSet]);
        }
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The values of the variables that <c>@skip</c>/<c>@include</c> read, which this plan was built for.</summary>
    public IReadOnlyDictionary<string, object?> ConditionValues { get; }

    /// <summary>Null when the schema has no root type for the operation.</summary>
    public ObjectType? RootType { get; }

    public SelectionSetPlan? Root { get; }

    public SelectionSetPlan BuildSelectionSet(ObjectType objectType, IEnumerable<SelectionSetNode> selectionSets)
    {
        var groups = new FieldCollector(this, objectType).Collect(selectionSets);
        var fields = new List<FieldPlan>(groups.Count);
        foreach (var (key, nodes) in groups)
        {
            if (FindField(objectType, nodes[0].Name.Value) is { } definition)
            {
                fields.Add(new FieldPlan(this, objectType, key, nodes, definition));
            }
        }

        return new SelectionSetPlan(objectType, fields.ToArray());
    }

    /// <summary>The specification's include rule: not <c>@skip(if: true)</c> and not <c>@include(if: false)</c>.</summary>
    public bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if ((name == "skip" && IsConditionTrue(directive, BuiltInDirectives.Skip))
                || (name == "include" && !IsConditionTrue(directive, BuiltInDirectives.Include)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsConditionTrue(DirectiveNode directive, DirectiveDefinition definition)
    {
        var arguments = ArgumentValues.Get(definition.Arguments, directive.Arguments, ConditionValues, "@" + definition.Name);
        return arguments.GetValueOrDefault("if") is true;
    }

    private FieldDefinition? FindField(ObjectType objectType, string name)
    {
        if (objectType.Fields[name] is { } field)
        {
            return field;
        }

        if (name == Introspection.TypeNameMetaField.Name)
        {
            return Introspection.TypeNameMetaField;
        }

        if (ReferenceEquals(objectType, Schema.QueryType))
        {
            return name == Introspection.SchemaMetaField.Name ? Introspection.SchemaMetaField
                : name == Introspection.TypeMetaField.Name ? Introspection.TypeMetaField
                : null;
        }

        return null;
    }
}

/// <summary>The fields one selection set (or several merged ones) asks of one object type, in response order.</summary>
internal sealed class SelectionSetPlan(ObjectType objectType, FieldPlan[] fields)
{
    public ObjectType ObjectType { get; } = objectType;
    public FieldPlan[] Fields { get; } = fields;

    /// <summary>What an object of this plan takes as JSON besides its values: braces, commas, and each key quoted with its colon.</summary>
    public int JsonKeyBytes { get; } = 1 + fields.Sum(field => field.ResponseKey.Length + 4);
}
