using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types.Building;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (section 5.5.1.2), extended to every type the document names: type conditions of
/// fragments, types of variables, and the types type system definitions refer to must exist in the schema or be
/// defined by the document itself. graphql-js: <c>KnownTypeNamesRule</c>.
/// </summary>
public sealed class FragmentSpreadTypeExistence(ValidationContext context) : ValidationRule(context)
{
    private HashSet<string>? _definedTypeNames;

    public override RuleHooks Hooks => RuleHooks.NamedType;

    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is not null || DefinedTypeNames().Contains(name))
        {
            return;
        }

        // Type definitions may refer to the built-in types even when the schema leaves some out.
        var inTypeSystem = Context.TypeSystemDefinition is not null;
        if (inTypeSystem && StandardTypes.Find(name) is not null)
        {
            return;
        }

        var known = Context.Schema.Types.Select(t => t.Name).Concat(DefinedTypeNames());
        var suggestions = Suggestions.Find(name, inTypeSystem ? StandardTypes.All.Select(t => t.Name).Concat(known).Distinct() : known.Distinct());
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
