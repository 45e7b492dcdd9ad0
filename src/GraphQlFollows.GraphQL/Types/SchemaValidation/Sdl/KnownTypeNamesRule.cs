using GraphQlFollows.GraphQL.Types.Building;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>Every referenced type is defined in the document or, from type-system definitions, built in.</summary>
internal static class KnownTypeNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var definedNames = document.TypeDefinitions.Select(t => t.Name.Value).Distinct().ToList();
        var defined = definedNames.ToHashSet(StringComparer.Ordinal);
        var sdlNames = StandardTypes.All.Select(t => t.Name).Concat(definedNames).ToList();
        foreach (var reference in document.TypeReferences)
        {
            var name = reference.Name.Value;
            if (!defined.Contains(name) && StandardTypes.Find(name) is null)
            {
                errors.Add($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.Find(name, sdlNames)), reference);
            }
        }

        foreach (var reference in document.ExecutableTypeReferences.Where(r => !defined.Contains(r.Name.Value)))
        {
            var name = reference.Name.Value;
            errors.Add($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.Find(name, definedNames)), reference);
        }
    }
}
