using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer, coerced to <see cref="int"/>.</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. " +
            "Int can represent values between -(2^31) and 2^31 - 1.";
    }

    /// <summary>Integers, integral floating values, booleans (as 1 and 0) and strings holding an integer.</summary>
    public override object? Serialize(object? value) => value switch
    {
        int => value,
        long l when l is >= int.MinValue and <= int.MaxValue => Boxes.Int((int)l),
        bool b => Boxes.Int(b ? 1 : 0),
        string s => Boxes.Int(FromString(s)),
        _ => Boxes.Int(FromNumber(value)),
    };

    /// <summary>Numbers only, and only integral ones.</summary>
    public override object? ParseValue(object? value) => value is int i ? i : FromNumber(value);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intLiteral)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(intLiteral.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {intLiteral.Value}");
        }

        return result;
    }

    private static int FromNumber(object? value)
    {
        if (value is null || !NumericValue.TryGetDouble(value, out var number))
        {
            throw NonInteger(value);
        }

        if (!NumericValue.IsIntegral(value) && !NumericValue.IsInteger(number))
        {
            throw NonInteger(value);
        }

        return InRange(number, value);
    }

    private static int FromString(string value)
    {
        if (value.Length == 0 || !JsNumber.TryParse(value, out var number) || !NumericValue.IsInteger(number))
        {
            throw NonInteger(value);
        }

        return InRange(number, value);
    }

    private static int InRange(double number, object value)
    {
        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Format(value)}");
        }

        return (int)number;
    }

    private static GraphQLException NonInteger(object? value) =>
        new($"Int cannot represent non-integer value: {Inspect.Format(value)}");
}
