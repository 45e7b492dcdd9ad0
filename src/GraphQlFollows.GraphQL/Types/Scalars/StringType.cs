using System.Globalization;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c>: text, coerced to <see cref="string"/>.</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. " +
            "The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    /// <summary>Strings, booleans as <c>true</c>/<c>false</c>, and finite numbers as JavaScript writes them.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case not null when NumericValue.IsIntegral(value):
                return ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
            case not null when NumericValue.TryGetDouble(value, out var number) && double.IsFinite(number):
                return JsNumber.ToString(number);
            default:
                throw new GraphQLException($"String cannot represent value: {Inspect.Format(value)}");
        }
    }

    /// <summary>Strings only.</summary>
    public override object? ParseValue(object? value) => value as string
        ?? throw new GraphQLException($"String cannot represent a non string value: {Inspect.Format(value)}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s
            ? s.Value
            : throw new GraphQLException($"String cannot represent a non string value: {Printer.Print(literal)}");
}
