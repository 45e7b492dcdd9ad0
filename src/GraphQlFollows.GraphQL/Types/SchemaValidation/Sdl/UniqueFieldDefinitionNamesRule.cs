using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>A field is defined once across its type's definition and extensions (objects, interfaces, input objects).</summary>
internal static class UniqueFieldDefinitionNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var seenByType = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        foreach (var type in document.Document.Definitions.OfType<TypeDefinitionNode>())
        {
            var names = type switch
            {
                FieldsTypeDefinitionNode fields => fields.Fields.Select(f => f.Name),
                InputObjectTypeDefinitionNode input => input.Fields.Select(f => f.Name),
                _ => null,
            };
            if (names is null)
            {
                continue;
            }

            var typeName = type.Name.Value;
            if (!seenByType.TryGetValue(typeName, out var seen))
            {
                seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                seenByType.Add(typeName, seen);
            }

            foreach (var name in names)
            {
                if (!seen.TryAdd(name.Value, name))
                {
                    errors.Add($"Field \"{typeName}.{name.Value}\" can only be defined once.", seen[name.Value], name);
                }
            }
        }
    }
}
