using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence, extended to every type the document names: type conditions of fragments and
/// types of variables must exist in the schema (or be defined by the document itself).
/// </summary>
public sealed class FragmentSpreadTypeExistence(ValidationContext context) : ValidationRule(context)
{
    /// <summary>Type definitions may refer to the built-in types even when the schema leaves some out.</summary>
    private static readonly HashSet<string> StandardTypeNames = new(StringComparer.Ordinal)
    {
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    private HashSet<string>? _definedTypeNames;

    public override RuleHooks Hooks => RuleHooks.NamedType;

    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is not null || DefinedTypeNames().Contains(name))
        {
            return;
        }

        var inTypeSystem = Context.TypeSystemDefinition is not null;
        if (inTypeSystem && StandardTypeNames.Contains(name))
        {
            return;
        }

        var known = Context.Schema.Types.Select(t => t.Name).Concat(DefinedTypeNames());
        var suggestions = Suggestions.Find(name, inTypeSystem ? StandardTypeNames.Concat(known).Distinct() : known.Distinct());
        Context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
    }

    private HashSet<string> DefinedTypeNames()
    {
        if (_definedTypeNames is null)
        {
            _definedTypeNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in Context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode { IsExtension: false } type)
                {
                    _definedTypeNames.Add(type.Name.Value);
                }
            }
        }

        return _definedTypeNames;
    }
}
