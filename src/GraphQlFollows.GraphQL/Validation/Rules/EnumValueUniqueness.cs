using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Enums (section 3.9): an enum value is defined once across the enum's definition and its extensions.
/// graphql-js: <c>UniqueEnumValueNamesRule</c>.
/// </summary>
public sealed class EnumValueUniqueness(ValidationContext context) : ValidationRule(context)
{
    private readonly DefinitionsByType _seen = new();

    public override RuleHooks Hooks => RuleHooks.TypeSystemDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        if (node is not EnumTypeDefinitionNode enumType)
        {
            return;
        }

        var typeName = enumType.Name.Value;
        foreach (var value in enumType.Values)
        {
            if (_seen.AddOrFindFirst(typeName, value.Name) is { } first)
            {
                Context.ReportError($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", first, value.Name);
            }
        }
    }
}
