using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are in Valid Locations: a directive is applied only where its definition allows.
/// graphql-js: the second half of <c>KnownDirectivesRule</c>, for SDL too.
/// </summary>
public sealed class DirectivesAreInValidLocations(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Directive;

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (Context.GetDirective(node.Name.Value) is { } directive && !directive.Locations.Contains(location))
        {
            Context.ReportError($"Directive \"@{node.Name.Value}\" may not be used on {location}.", node);
        }
    }
}
