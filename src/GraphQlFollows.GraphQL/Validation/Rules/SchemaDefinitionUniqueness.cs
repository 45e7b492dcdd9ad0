using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Schema (section 3.3): a document defines the schema at most once; extensions aside.
/// graphql-js: <c>LoneSchemaDefinitionRule</c>.
/// </summary>
public sealed class SchemaDefinitionUniqueness(ValidationContext context) : ValidationRule(context)
{
    private bool _defined;

    public override RuleHooks Hooks => RuleHooks.TypeSystemDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        if (node is not SchemaDefinitionNode { IsExtension: false })
        {
            return;
        }

        if (_defined)
        {
            Context.ReportError("Must provide only one schema definition.", node);
        }

        _defined = true;
    }
}
