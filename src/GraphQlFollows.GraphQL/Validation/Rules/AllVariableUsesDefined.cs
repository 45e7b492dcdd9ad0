using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable used by an operation, or by a fragment it reaches, is defined by
/// that operation. Checked once the whole document has been walked, since fragments may follow operations.
/// </summary>
public sealed class AllVariableUsesDefined(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Document;

    public override void LeaveDocument(DocumentNode node)
    {
        foreach (var operation in Context.Operations)
        {
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!IsDefined(operation, name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.";
                    Context.ReportError(message, usage.Node, operation);
                }
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
