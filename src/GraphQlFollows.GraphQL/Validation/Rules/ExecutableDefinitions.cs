using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions: a document to execute holds only operations and fragments.
/// graphql-js: <c>ExecutableDefinitionsRule</c>.
/// </summary>
public sealed class ExecutableDefinitions(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Document;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "schema",
            };
            Context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
