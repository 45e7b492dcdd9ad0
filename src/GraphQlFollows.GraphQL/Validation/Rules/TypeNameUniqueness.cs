using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Types (section 3.4): no two types defined by a document share a name. graphql-js: <c>UniqueTypeNamesRule</c>.
/// </summary>
public sealed class TypeNameUniqueness(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.TypeSystemDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        if (node is TypeDefinitionNode { IsExtension: false } type && !_seen.TryAdd(type.Name.Value, type.Name))
        {
            Context.ReportError($"There can be only one type named \"{type.Name.Value}\".", _seen[type.Name.Value], type.Name);
        }
    }
}
