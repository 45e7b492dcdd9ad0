using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible: some object type can be both the type in scope and the fragment's type condition,
/// otherwise the fragment could never apply.
/// graphql-js: <c>PossibleFragmentSpreadsRule</c>.
/// </summary>
public sealed class FragmentSpreadIsPossible(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.InlineFragment | RuleHooks.FragmentSpread;

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        // The type information has entered the fragment: its type is the condition, the parent still the scope.
        if (Context.TypeInfo.Type is NamedType fragmentType && fragmentType.IsCompositeType()
            && Context.TypeInfo.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (Context.GetFragment(name) is { } fragment
            && Context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType && fragmentType.IsCompositeType()
            && Context.TypeInfo.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }
}
