namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>Required arguments (non-null, without a default) of a directive are given wherever it is applied.</summary>
internal static class ProvidedRequiredArgumentsOnDirectivesRule
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

            foreach (var required in defined.Where(d => d.IsRequired && directive.Arguments.All(a => a.Name.Value != d.Name)))
            {
                errors.Add(
                    $"Argument \"@{directive.Name.Value}({required.Name}:)\" of type \"{required.TypeText}\" is required, but it was not provided.",
                    directive);
            }
        }
    }
}
