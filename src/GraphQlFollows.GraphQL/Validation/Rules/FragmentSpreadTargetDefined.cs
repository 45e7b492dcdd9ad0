using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined: every spread names a fragment of the document.
/// graphql-js: <c>KnownFragmentNamesRule</c>.
/// </summary>
public sealed class FragmentSpreadTargetDefined(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.FragmentSpread;

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
        {
            Context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
