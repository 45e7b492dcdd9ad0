using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>
/// A leaf type. The three coercions follow the specification: <see cref="Serialize"/> for results,
/// <see cref="ParseValue"/> for variable values (JSON as .NET values), <see cref="ParseLiteral"/> for literals in documents.
/// Each throws <see cref="GraphQLException"/> when the value cannot be coerced.
/// A scalar defined only in SDL passes values through unchanged, as graphql-js does.
/// </summary>
public class ScalarType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL given with <c>@specifiedBy</c>, if any.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    public virtual object? Serialize(object? value) => value;

    public virtual object? ParseValue(object? value) => value;

    public virtual object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        Language.ValueFromAstUntyped.Convert(literal, variables);
}
