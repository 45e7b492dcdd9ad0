using System.Globalization;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>The built-in <c>ID</c>: an opaque identifier, given as a string or an integer, coerced to <see cref="string"/>.</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. " +
            "The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. " +
            "When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    /// <summary>Strings, and integers as their decimal text.</summary>
    public override object? Serialize(object? value) => FromStringOrInteger(value);

    /// <summary>Strings, and integers as their decimal text.</summary>
    public override object? ParseValue(object? value) => FromStringOrInteger(value);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };

    private static string FromStringOrInteger(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case not null when NumericValue.IsIntegral(value):
                return ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
            case not null when NumericValue.TryGetDouble(value, out var number) && NumericValue.IsInteger(number):
                return JsNumber.ToString(number);
            default:
                throw new GraphQLException($"ID cannot represent value: {Inspect.Format(value)}");
        }
    }
}
