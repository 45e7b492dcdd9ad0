using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>Every referenced type is defined in the document or, from type-system definitions, built in.</summary>
internal static class KnownTypeNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var defined = document.TypeDefinitions.Select(t => t.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in document.TypeReferences)
        {
            var name = reference.Name.Value;
            if (!defined.Contains(name) && StandardTypes.Find(name) is null)
            {
                errors.Add($"Unknown type \"{name}\".", reference);
            }
        }

        foreach (var reference in document.ExecutableTypeReferences.Where(r => !defined.Contains(r.Name.Value)))
        {
            errors.Add($"Unknown type \"{reference.Name.Value}\".", reference);
        }
    }
}
