using System.Globalization;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.Api.Scalars;

/// <summary>
/// The schema's <c>Long</c>: a signed 64-bit integer, written as a JSON number. Inputs are integers in range
/// (an integral floating value such as <c>5.0</c> from JSON included); anything else is refused.
/// </summary>
public sealed class LongType() : ScalarType("Long")
{
    private const double TwoToThe63 = 9223372036854775808.0;

    public override object? Serialize(object? value) => value switch
    {
        long number => number,
        int number => (long)number,
        _ => FromNumber(value),
    };

    public override object? ParseValue(object? value) => value is long number ? number : FromNumber(value);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode integer)
        {
            throw new GraphQLException($"Long cannot represent non-integer value: {Printer.Print(literal)}");
        }
        return long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw OutOfRange(integer.Value);
    }

    private static long FromNumber(object? value) => value switch
    {
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong unsigned => unsigned <= long.MaxValue ? (long)unsigned : throw OutOfRange(value),
        double number => FromFloating(number, value),
        float number => FromFloating(number, value),
        decimal number => decimal.Truncate(number) != number ? throw NonInteger(value)
            : number is >= long.MinValue and <= long.MaxValue ? (long)number : throw OutOfRange(value),
        _ => throw NonInteger(value),
    };

    private static long FromFloating(double number, object original)
    {
        if (!double.IsFinite(number) || Math.Floor(number) != number)
        {
            throw NonInteger(original);
        }
        // 2^63 is exact as a double, and every integral double below it in magnitude fits a long.
        return number is >= TwoToThe63 or < -TwoToThe63 ? throw OutOfRange(original) : (long)number;
    }

    private static GraphQLException NonInteger(object? value) =>
        new($"Long cannot represent non-integer value: {Inspect.Format(value)}");

    private static GraphQLException OutOfRange(object? value) =>
        new($"Long cannot represent non 64-bit signed integer value: {Inspect.Format(value)}");
}
