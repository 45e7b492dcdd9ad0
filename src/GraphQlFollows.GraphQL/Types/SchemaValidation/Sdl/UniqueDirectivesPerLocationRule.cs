using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>
/// A non-repeatable directive is applied once per place; a type's definition and extensions count as one place,
/// as do the schema definition and its extensions.
/// </summary>
internal static class UniqueDirectivesPerLocationRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var repeatable = SdlDirectives.Repeatable(document);
        var groups = new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        foreach (var site in document.DirectiveSites)
        {
            var seen = site.GroupKey is null ? new Dictionary<string, DirectiveNode>(StringComparer.Ordinal) : Group(groups, site.GroupKey);
            foreach (var directive in site.Directives)
            {
                var name = directive.Name.Value;
                if (repeatable.GetValueOrDefault(name, true))
                {
                    continue;
                }

                if (!seen.TryAdd(name, directive))
                {
                    errors.Add($"The directive \"@{name}\" can only be used once at this location.", seen[name], directive);
                }
            }
        }
    }

    private static Dictionary<string, DirectiveNode> Group(Dictionary<string, Dictionary<string, DirectiveNode>> groups, string key)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            groups.Add(key, group);
        }

        return group;
    }
}
