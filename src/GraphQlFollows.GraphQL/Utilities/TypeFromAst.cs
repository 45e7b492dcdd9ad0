using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

public static class TypeFromAst
{
    /// <summary>The schema's type for a type reference; null when its named type is not in the schema.</summary>
    public static IGraphQLType? Convert(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Convert(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Convert(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
