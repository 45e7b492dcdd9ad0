using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence: the schema has a root type for the kind of each operation.
/// graphql-js: <c>KnownOperationTypesRule</c>.
/// </summary>
public sealed class OperationTypeExistence(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (Context.Schema.GetRootType(node.Operation) is null)
        {
            var kind = node.Operation.ToString().ToLowerInvariant();
            Context.ReportError($"The {kind} operation is not supported by the schema.", node);
        }
    }
}
