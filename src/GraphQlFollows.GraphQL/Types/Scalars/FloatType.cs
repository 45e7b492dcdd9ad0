using System.Globalization;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite double-precision number, coerced to <see cref="double"/>.</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by " +
            "[IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    /// <summary>Finite numbers, booleans (as 1 and 0) and strings holding a finite number.</summary>
    public override object? Serialize(object? value) => value switch
    {
        double d when double.IsFinite(d) => d,
        bool b => b ? 1d : 0d,
        string s => FromString(s),
        _ => FromNumber(value),
    };

    /// <summary>Finite numbers only.</summary>
    public override object? ParseValue(object? value) => FromNumber(value);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };

    private static double FromNumber(object? value)
    {
        if (!NumericValue.TryGetDouble(value, out var number) || !double.IsFinite(number))
        {
            throw NonNumeric(value);
        }

        return number;
    }

    private static double FromString(string value)
    {
        if (value.Length == 0 || !JsNumber.TryParse(value, out var number) || !double.IsFinite(number))
        {
            throw NonNumeric(value);
        }

        return number;
    }

    private static GraphQLException NonNumeric(object? value) =>
        new($"Float cannot represent non numeric value: {Inspect.Format(value)}");
}
