using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness: an operation defines each variable once.
/// graphql-js: <c>UniqueVariableNamesRule</c>.
/// </summary>
public sealed class VariableUniqueness(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count < 2
            || DuplicateNames.Find(node.VariableDefinitions, d => d.Variable.Name.Value) is not { } duplicates)
        {
            return;
        }

        foreach (var sameName in duplicates)
        {
            Context.ReportError(
                $"There can be only one variable named \"${sameName[0].Variable.Name.Value}\".",
                sameName.Select(d => d.Variable.Name));
        }
    }
}
