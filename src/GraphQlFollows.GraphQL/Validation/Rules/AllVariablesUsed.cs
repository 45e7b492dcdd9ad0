using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: every variable an operation defines is used by it or by a fragment it reaches.
/// Checked once the whole document has been walked, since fragments may follow operations.
/// </summary>
public sealed class AllVariablesUsed(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Document;

    public override void LeaveDocument(DocumentNode node)
    {
        foreach (var operation in Context.Operations)
        {
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.";
                    Context.ReportError(message, definition);
                }
            }
        }
    }
}
