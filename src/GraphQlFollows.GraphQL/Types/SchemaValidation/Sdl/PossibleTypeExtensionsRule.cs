using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>An extension extends a type the document defines, and of the same kind.</summary>
internal static class PossibleTypeExtensionsRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var defined = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        foreach (var type in document.TypeDefinitions)
        {
            defined[type.Name.Value] = type;
        }

        foreach (var extension in document.Document.Definitions.OfType<TypeDefinitionNode>().Where(d => d.IsExtension))
        {
            var name = extension.Name.Value;
            if (!defined.TryGetValue(name, out var definition))
            {
                var suggestions = Suggestions.DidYouMean(Suggestions.Find(name, defined.Keys));
                errors.Add($"Cannot extend type \"{name}\" because it is not defined." + suggestions, extension.Name);
            }
            else if (definition.GetType() != extension.GetType())
            {
                errors.Add($"Cannot extend non-{KindName(extension)} type \"{name}\".", definition, extension);
            }
        }
    }

    private static string KindName(TypeDefinitionNode extension) => extension switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };
}
