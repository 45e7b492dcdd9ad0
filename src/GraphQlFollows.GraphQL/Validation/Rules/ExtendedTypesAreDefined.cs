using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Type Extensions (section 3.4.3 and the extension sections of each kind): an extension extends a type the
/// document defines, of the same kind. graphql-js: <c>PossibleTypeExtensionsRule</c>.
/// </summary>
public sealed class ExtendedTypesAreDefined(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Document;

    /// <summary>Checked once the document is known whole, since an extension may come before its type.</summary>
    public override void EnterDocument(DocumentNode node)
    {
        var defined = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is TypeDefinitionNode { IsExtension: false } type)
            {
                defined[type.Name.Value] = type;
            }
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is TypeDefinitionNode { IsExtension: true } extension)
            {
                Check(extension, defined);
            }
        }
    }

    private void Check(TypeDefinitionNode extension, Dictionary<string, TypeDefinitionNode> defined)
    {
        var name = extension.Name.Value;
        if (!defined.TryGetValue(name, out var definition))
        {
            var suggestions = Suggestions.DidYouMean(Suggestions.Find(name, defined.Keys));
            Context.ReportError($"Cannot extend type \"{name}\" because it is not defined." + suggestions, extension.Name);
        }
        else if (definition.GetType() != extension.GetType())
        {
            Context.ReportError($"Cannot extend non-{KindName(extension)} type \"{name}\".", definition, extension);
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
