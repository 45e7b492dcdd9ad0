using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined: every directive used is defined by the schema.
/// graphql-js: the first half of <c>KnownDirectivesRule</c>, for SDL too.
/// </summary>
public sealed class DirectivesAreDefined(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Directive;

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (Context.GetDirective(node.Name.Value) is null)
        {
            Context.ReportError($"Unknown directive \"@{node.Name.Value}\".", node);
        }
    }
}
