using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: every variable an operation defines is used by it or by a fragment it reaches.
/// graphql-js: <c>NoUnusedVariablesRule</c>.
/// </summary>
public sealed class AllVariablesUsed(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        var usages = Context.GetRecursiveVariableUsages(node);
        if (node.VariableDefinitions.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                Context.ReportError(message, definition);
            }
        }
    }
}
