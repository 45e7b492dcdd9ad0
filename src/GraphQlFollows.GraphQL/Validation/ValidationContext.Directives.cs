using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// The directives a document may use: the schema's, and those the document itself defines. A document holding
/// definitions is not executable, but its directives are still checked against them rather than reported twice.
/// </summary>
public sealed partial class ValidationContext
{
    private Dictionary<string, DirectiveDefinition>? _documentDirectives;

    /// <summary>The directive of that name defined in the document, or else in the schema.</summary>
    public DirectiveDefinition? GetDirective(string name) =>
        _documentDirectives is not null && _documentDirectives.TryGetValue(name, out var defined)
            ? defined
            : Schema.GetDirective(name);

    private void AddDocumentDirective(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveDefinition(node.Name.Value) { IsRepeatable = node.Repeatable, AstNode = node };
        foreach (var location in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                directive.AddLocation(parsed);
            }
        }

        foreach (var argument in node.Arguments)
        {
            directive.Arguments.Add(new InputValue(argument.Name.Value, ArgumentType(argument.Type)) { DefaultValue = argument.DefaultValue });
        }

        (_documentDirectives ??= new(StringComparer.Ordinal))[directive.Name] = directive;
    }

    /// <summary>The type of an argument of a directive defined in the document; a type unknown to the schema stands as a bare name.</summary>
    private IGraphQLType ArgumentType(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(ArgumentType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(ArgumentType(nonNull.Type)),
        NamedTypeNode named => Schema.GetType(named.Name.Value) ?? new ScalarType(named.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
