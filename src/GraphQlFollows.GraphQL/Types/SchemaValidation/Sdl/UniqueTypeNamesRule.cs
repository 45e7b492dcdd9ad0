using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>A type name is defined once.</summary>
internal static class UniqueTypeNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var type in document.TypeDefinitions)
        {
            if (!seen.TryAdd(type.Name.Value, type.Name))
            {
                errors.Add($"There can be only one type named \"{type.Name.Value}\".", seen[type.Name.Value], type.Name);
            }
        }
    }
}
