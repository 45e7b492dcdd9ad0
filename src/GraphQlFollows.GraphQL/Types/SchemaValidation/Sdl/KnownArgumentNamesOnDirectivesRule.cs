using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>Arguments given to a directive are arguments it defines.</summary>
internal static class KnownArgumentNamesOnDirectivesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var arguments = SdlDirectives.Arguments(document);
        foreach (var directive in document.AllDirectives)
        {
            if (!arguments.TryGetValue(directive.Name.Value, out var defined))
            {
                continue;
            }

            foreach (var argument in directive.Arguments.Where(a => defined.All(d => d.Name != a.Name.Value)))
            {
                var suggestions = Suggestions.DidYouMean(Suggestions.Find(argument.Name.Value, defined.Select(d => d.Name)));
                errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name.Value}\"." + suggestions, argument);
            }
        }
    }
}
