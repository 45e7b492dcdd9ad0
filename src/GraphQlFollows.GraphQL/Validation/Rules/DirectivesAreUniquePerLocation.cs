using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique per Location: a directive that is not repeatable is applied at most once at each place.
/// A type and its extensions count as one place, as do the schema and its extensions.
/// </summary>
public sealed class DirectivesAreUniquePerLocation(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

    public override RuleHooks Hooks => RuleHooks.Directive;

    public override void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count < 2 && Context.TypeSystemDefinition is null)
        {
            return;
        }

        var seen = SeenAt(location);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (Context.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private Dictionary<string, DirectiveNode> SeenAt(DirectiveLocation location)
    {
        switch (Context.TypeSystemDefinition)
        {
            case SchemaDefinitionNode when location == DirectiveLocation.SCHEMA:
                return _schemaDirectives ??= new(StringComparer.Ordinal);
            case TypeDefinitionNode type when IsTypeLocation(location):
                _typeDirectives ??= new(StringComparer.Ordinal);
                if (!_typeDirectives.TryGetValue(type.Name.Value, out var seen))
                {
                    seen = new(StringComparer.Ordinal);
                    _typeDirectives[type.Name.Value] = seen;
                }

                return seen;
            default:
                return new(StringComparer.Ordinal);
        }
    }

    private static bool IsTypeLocation(DirectiveLocation location) => location is DirectiveLocation.SCALAR
        or DirectiveLocation.OBJECT or DirectiveLocation.INTERFACE or DirectiveLocation.UNION
        or DirectiveLocation.ENUM or DirectiveLocation.INPUT_OBJECT;
}
