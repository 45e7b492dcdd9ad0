using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: a variable's type fits every position it is used in, within the operation
/// and the fragments it reaches. A nullable variable may fill a non-null position that has a default, or when the
/// variable has a non-null default.
/// graphql-js: <c>VariablesInAllowedPositionRule</c>.
/// </summary>
public sealed class AllVariableUsagesAreAllowed(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void LeaveOperation(OperationDefinitionNode node)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            if (usage.Type is { } locationType && FindDefinition(node, usage.Node.Name.Value) is { } definition)
            {
                Check(usage, locationType, definition);
            }
        }
    }

    private void Check(VariableUsage usage, IGraphQLType locationType, VariableDefinitionNode definition)
    {
        if (TypeFromAst.Convert(Context.Schema, definition.Type) is not { } variableType)
        {
            return;
        }

        var name = usage.Node.Name.Value;
        if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.LocationDefaultValue))
        {
            Context.ReportError(
                $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                definition,
                usage.Node);
        }

        if (usage.ParentInputType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
        {
            Context.ReportError(
                $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                definition,
                usage.Node);
        }
    }

    private bool IsAllowed(IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }

    /// <summary>The last definition of the name, as later definitions of a duplicated variable win.</summary>
    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        VariableDefinitionNode? found = null;
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                found = definition;
            }
        }

        return found;
    }
}
