using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used: every fragment is reached, directly or through others, from some operation.
/// graphql-js: <c>NoUnusedFragmentsRule</c>.
/// </summary>
public sealed class FragmentsMustBeUsed(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Document;

    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.GetRecursivelyReferencedFragments(Context.Operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
