using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Root Operation Types (section 3.3.1): each operation gets one root type across the schema definition and its
/// extensions. graphql-js: <c>UniqueOperationTypesRule</c>.
/// </summary>
public sealed class RootOperationTypeUniqueness(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _seen = [];

    public override RuleHooks Hooks => RuleHooks.TypeSystemDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        if (node is not SchemaDefinitionNode schema)
        {
            return;
        }

        foreach (var operationType in schema.OperationTypes)
        {
            if (!_seen.TryAdd(operationType.Operation, operationType))
            {
                var operation = operationType.Operation.ToString().ToLowerInvariant();
                Context.ReportError($"There can be only one {operation} type in schema.", _seen[operationType.Operation], operationType);
            }
        }
    }
}
