namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>Every applied directive is defined (in the document or built in) and allowed where it is applied.</summary>
internal static class KnownDirectivesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var locations = SdlDirectives.Locations(document);
        foreach (var site in document.DirectiveSites)
        {
            foreach (var directive in site.Directives)
            {
                var name = directive.Name.Value;
                if (!locations.TryGetValue(name, out var allowed))
                {
                    errors.Add($"Unknown directive \"@{name}\".", directive);
                }
                else if (!allowed.Contains(site.Location))
                {
                    errors.Add($"Directive \"@{name}\" may not be used on {site.Location}.", directive);
                }
            }
        }
    }
}
