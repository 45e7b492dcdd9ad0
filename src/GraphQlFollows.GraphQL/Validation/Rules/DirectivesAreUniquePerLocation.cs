using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique per Location: a directive that is not repeatable is applied at most once at each place.
/// In type system definitions, a type and its extensions count as one place, as do the schema and its extensions.
/// Places are checked when the walk enters them, before their arguments and directives.
/// graphql-js: <c>UniqueDirectivesPerLocationRule</c>, for SDL too.
/// </summary>
public sealed class DirectivesAreUniquePerLocation(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

    public override RuleHooks Hooks => RuleHooks.Operation | RuleHooks.VariableDefinition | RuleHooks.FragmentDefinition
        | RuleHooks.Field | RuleHooks.FragmentSpread | RuleHooks.InlineFragment | RuleHooks.Directive;

    public override void EnterOperation(OperationDefinitionNode node) => CheckPlace(node.Directives);

    public override void EnterVariableDefinition(VariableDefinitionNode node) => CheckPlace(node.Directives);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => CheckPlace(node.Directives);

    public override void EnterField(FieldNode node) => CheckPlace(node.Directives);

    public override void EnterFragmentSpread(FragmentSpreadNode node) => CheckPlace(node.Directives);

    public override void EnterInlineFragment(InlineFragmentNode node) => CheckPlace(node.Directives);

    public override void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (Context.TypeSystemDefinition is not null)
        {
            Check(directives, SeenInTypeSystem(location));
        }
    }

    private void CheckPlace(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count > 1)
        {
            Check(directives, new(StringComparer.Ordinal));
        }
    }

    private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
    {
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

    private Dictionary<string, DirectiveNode> SeenInTypeSystem(DirectiveLocation location)
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
