using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on Object, Interface or Union Types: a type condition names a composite type.
/// graphql-js: <c>FragmentsOnCompositeTypesRule</c>.
/// </summary>
public sealed class FragmentsOnCompositeTypes(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.InlineFragment | RuleHooks.FragmentDefinition;

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(condition))
        {
            Context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            Context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                node.TypeCondition);
        }
    }

    /// <summary>Unknown types are another rule's concern.</summary>
    private bool IsNonComposite(NamedTypeNode condition) =>
        Context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType();
}
