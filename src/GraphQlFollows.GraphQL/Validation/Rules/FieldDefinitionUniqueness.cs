using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Objects, Interfaces and Input Objects (sections 3.6, 3.7, 3.10): a field is defined once across its type's
/// definition and its extensions. graphql-js: <c>UniqueFieldDefinitionNamesRule</c>.
/// </summary>
public sealed class FieldDefinitionUniqueness(ValidationContext context) : ValidationRule(context)
{
    private readonly DefinitionsByType _seen = new();

    public override RuleHooks Hooks => RuleHooks.TypeSystemDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        switch (node)
        {
            case FieldsTypeDefinitionNode type:
                Check(type.Name.Value, type.Fields.Select(f => f.Name));
                break;
            case InputObjectTypeDefinitionNode input:
                Check(input.Name.Value, input.Fields.Select(f => f.Name));
                break;
        }
    }

    private void Check(string typeName, IEnumerable<NameNode> names)
    {
        foreach (var name in names)
        {
            if (_seen.AddOrFindFirst(typeName, name) is { } first)
            {
                Context.ReportError($"Field \"{typeName}.{name.Value}\" can only be defined once.", first, name);
            }
        }
    }
}
