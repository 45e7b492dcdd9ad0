using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation: an operation without a name must be the document's only operation.
/// graphql-js: <c>LoneAnonymousOperationRule</c>.
/// </summary>
public sealed class LoneAnonymousOperation(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name is null && Context.Operations.Count > 1)
        {
            Context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
