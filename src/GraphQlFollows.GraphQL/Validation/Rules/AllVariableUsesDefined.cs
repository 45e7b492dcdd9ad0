using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable used by an operation, or by a fragment it reaches, is defined by
/// that operation.
/// graphql-js: <c>NoUndefinedVariablesRule</c>.
/// </summary>
public sealed class AllVariableUsesDefined(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!IsDefined(node, name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Context.ReportError(message, usage.Node, node);
            }
        }
    }

    private static bool IsDefined(OperationDefinitionNode operation, string name)
    {
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
