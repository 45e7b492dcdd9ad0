using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>An argument is given once per directive or field.</summary>
internal static class UniqueArgumentNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        foreach (var arguments in document.AllDirectives.Select(d => d.Arguments).Concat(document.FieldArguments))
        {
            Check(arguments, errors);
        }
    }

    private static void Check(IReadOnlyList<ArgumentNode> arguments, SchemaErrors errors)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            errors.Add($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name));
        }
    }
}
