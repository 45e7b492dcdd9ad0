using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>An enum value is defined once across the enum's definition and extensions.</summary>
internal static class UniqueEnumValueNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var seenByEnum = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        foreach (var enumType in document.Document.Definitions.OfType<EnumTypeDefinitionNode>())
        {
            var typeName = enumType.Name.Value;
            if (!seenByEnum.TryGetValue(typeName, out var seen))
            {
                seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                seenByEnum.Add(typeName, seen);
            }

            foreach (var value in enumType.Values)
            {
                if (!seen.TryAdd(value.Name.Value, value.Name))
                {
                    errors.Add($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", seen[value.Name.Value], value.Name);
                }
            }
        }
    }
}
