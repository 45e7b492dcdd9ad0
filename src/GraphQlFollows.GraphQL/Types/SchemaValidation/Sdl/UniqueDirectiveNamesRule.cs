using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>A directive name is defined once.</summary>
internal static class UniqueDirectiveNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var directive in document.DirectiveDefinitions)
        {
            if (!seen.TryAdd(directive.Name.Value, directive.Name))
            {
                errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".", seen[directive.Name.Value], directive.Name);
            }
        }
    }
}
