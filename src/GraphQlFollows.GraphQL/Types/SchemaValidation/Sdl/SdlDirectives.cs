using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>
/// The directives an SDL document can apply: the built-in ones, replaced by any the document defines with the same
/// name. Described by what the rules need, since the document's own definitions are not built yet.
/// </summary>
internal static class SdlDirectives
{
    /// <summary>An argument as the rules see it: its name, its type as written, and whether it must be given.</summary>
    public sealed record Argument(string Name, string TypeText, bool IsRequired);

    public static Dictionary<string, HashSet<DirectiveLocation>> Locations(SdlDocument document)
    {
        var result = BuiltInDirectives.All.ToDictionary(d => d.Name, d => d.Locations.ToHashSet(), StringComparer.Ordinal);
        foreach (var definition in document.DirectiveDefinitions)
        {
            result[definition.Name.Value] = definition.Locations
                .Select(l => Enum.TryParse<DirectiveLocation>(l.Value, out var location) ? location : (DirectiveLocation?)null)
                .OfType<DirectiveLocation>()
                .ToHashSet();
        }

        return result;
    }

    public static Dictionary<string, bool> Repeatable(SdlDocument document)
    {
        var result = BuiltInDirectives.All.ToDictionary(d => d.Name, d => d.IsRepeatable, StringComparer.Ordinal);
        foreach (var definition in document.DirectiveDefinitions)
        {
            result[definition.Name.Value] = definition.Repeatable;
        }

        return result;
    }

    public static Dictionary<string, IReadOnlyList<Argument>> Arguments(SdlDocument document)
    {
        var result = BuiltInDirectives.All.ToDictionary(
            d => d.Name,
            d => (IReadOnlyList<Argument>)d.Arguments.Select(a => new Argument(a.Name, a.Type.ToString()!, a.IsRequired())).ToList(),
            StringComparer.Ordinal);
        foreach (var definition in document.DirectiveDefinitions)
        {
            result[definition.Name.Value] = definition.Arguments
                .Select(a => new Argument(a.Name.Value, TypeText(a.Type), a.Type is NonNullTypeNode && a.DefaultValue is null))
                .ToList();
        }

        return result;
    }

    private static string TypeText(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => TypeText(nonNull.Type) + "!",
        ListTypeNode list => "[" + TypeText(list.Type) + "]",
        _ => ((NamedTypeNode)type).Name.Value,
    };
}
