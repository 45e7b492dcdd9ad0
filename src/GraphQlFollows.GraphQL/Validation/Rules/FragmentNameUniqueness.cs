using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness: no two fragments share a name.
/// graphql-js: <c>UniqueFragmentNamesRule</c>.
/// </summary>
public sealed class FragmentNameUniqueness(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, NameNode>? _known;

    public override RuleHooks Hooks => RuleHooks.FragmentDefinition;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known is not null && _known.TryGetValue(name.Value, out var first))
        {
            Context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            (_known ??= new(StringComparer.Ordinal))[name.Value] = name;
        }
    }
}
