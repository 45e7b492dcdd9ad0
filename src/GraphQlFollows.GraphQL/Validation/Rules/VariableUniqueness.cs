using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class VariableUniqueness(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count < 2)
        {
            return;
        }

        foreach (var sameName in DuplicateNames.Find(node.VariableDefinitions, d => d.Variable.Name.Value))
        {
            Context.ReportError(
                $"There can be only one variable named \"${sameName[0].Variable.Name.Value}\".",
                sameName.Select(d => d.Variable.Name));
        }
    }
}
