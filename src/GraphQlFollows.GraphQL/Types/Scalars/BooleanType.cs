using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c>, coerced to <see cref="bool"/>.</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    /// <summary>Booleans, and finite numbers (true when not zero).</summary>
    public override object? Serialize(object? value) => value switch
    {
        bool => value,
        not null when NumericValue.TryGetDouble(value, out var number) && double.IsFinite(number) => Boxes.Bool(number != 0),
        _ => throw NonBoolean(Inspect.Format(value)),
    };

    /// <summary>Booleans only.</summary>
    public override object? ParseValue(object? value) => value is bool b ? b : throw NonBoolean(Inspect.Format(value));

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is BooleanValueNode b ? b.Value : throw NonBoolean(Printer.Print(literal));

    private static GraphQLException NonBoolean(string shown) => new($"Boolean cannot represent a non boolean value: {shown}");
}
