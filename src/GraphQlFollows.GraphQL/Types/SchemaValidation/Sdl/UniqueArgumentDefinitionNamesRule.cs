using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>An argument is defined once per field or directive.</summary>
internal static class UniqueArgumentDefinitionNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        foreach (var definition in document.Document.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive:
                    Check($"@{directive.Name.Value}", directive.Arguments, errors);
                    break;
                case FieldsTypeDefinitionNode type:
                    foreach (var field in type.Fields)
                    {
                        Check($"{type.Name.Value}.{field.Name.Value}", field.Arguments, errors);
                    }

                    break;
            }
        }
    }

    private static void Check(string parent, IReadOnlyList<InputValueDefinitionNode> arguments, SchemaErrors errors)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            errors.Add($"Argument \"{parent}({group.Key}:)\" can only be defined once.", group.Select(a => a.Name));
        }
    }
}
