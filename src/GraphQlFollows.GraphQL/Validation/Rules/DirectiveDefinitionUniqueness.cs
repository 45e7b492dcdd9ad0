using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Directives (section 3.13): no two directives defined by a document share a name.
/// graphql-js: <c>UniqueDirectiveNamesRule</c>.
/// </summary>
public sealed class DirectiveDefinitionUniqueness(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.TypeSystemDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        if (node is DirectiveDefinitionNode directive && !_seen.TryAdd(directive.Name.Value, directive.Name))
        {
            Context.ReportError(
                $"There can be only one directive named \"@{directive.Name.Value}\".",
                _seen[directive.Name.Value],
                directive.Name);
        }
    }
}
