using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Tests.Types;

/// <summary>The three coercions of each built-in scalar, at the edges where the reference accepts or refuses values.</summary>
public class BuiltInScalarTests
{
    public static TheoryData<object?, int> IntResults => new()
    {
        { 1, 1 }, { -1L, -1 }, { 2147483647L, int.MaxValue }, { -2147483648L, int.MinValue }, { 1.0, 1 }, { 1e5, 100000 },
        { true, 1 }, { false, 0 }, { "123", 123 }, { "-1.0", -1 }, { " 12 ", 12 }, { "1e3", 1000 }, { "0x10", 16 }, { 3m, 3 },
        { (short)7, 7 }, { (byte)8, 8 },
    };

    [Theory]
    [MemberData(nameof(IntResults))]
    public void Int_serializes_integers_booleans_and_integer_strings(object? value, int expected) =>
        Assert.Equal(expected, BuiltInScalars.Int.Serialize(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData("1.5", "Int cannot represent non-integer value: \"1.5\"")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("3000000000", "Int cannot represent non 32-bit signed integer value: \"3000000000\"")]
    [InlineData(null, "Int cannot represent non-integer value: null")]
    public void Int_refuses_to_serialize_fractions_out_of_range_and_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.Serialize(value)).Message);

    [Fact]
    public void Int_refuses_to_serialize_lists_and_objects()
    {
        var error = Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.Serialize(new List<object?> { 1, "a" }));
        Assert.Equal("Int cannot represent non-integer value: [1, \"a\"]", error.Message);
        error = Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.Serialize(new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Equal("Int cannot represent non-integer value: { a: 1 }", error.Message);
    }

    [Theory]
    [InlineData(5L, 5)]
    [InlineData(-2147483648L, int.MinValue)]
    [InlineData(2.0, 2)]
    public void Int_parses_integral_variable_values(object value, int expected) =>
        Assert.Equal(expected, BuiltInScalars.Int.ParseValue(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    public void Int_refuses_other_variable_values(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseValue(value)).Message);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void Int_parses_integer_literals(string literal, int expected) =>
        Assert.Equal(expected, BuiltInScalars.Int.ParseLiteral(Parser.ParseConstValue(literal), null));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("99999999999999999999", "Int cannot represent non 32-bit signed integer value: 99999999999999999999")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("null", "Int cannot represent non-integer value: null")]
    [InlineData("ONE", "Int cannot represent non-integer value: ONE")]
    public void Int_refuses_other_literals(string literal, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseConstValue(literal), null)).Message);

    public static TheoryData<object?, double> FloatResults => new()
    {
        { 1.5, 1.5 }, { 3, 3.0 }, { 9007199254740993L, 9007199254740992.0 }, { true, 1.0 }, { false, 0.0 }, { "1.25", 1.25 },
        { "-1e3", -1000.0 }, { " ", 0.0 }, { 0.5f, 0.5 }, { 2.5m, 2.5 },
    };

    [Theory]
    [MemberData(nameof(FloatResults))]
    public void Float_serializes_numbers_booleans_and_numeric_strings(object? value, double expected) =>
        Assert.Equal(expected, BuiltInScalars.Float.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData(double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity")]
    [InlineData("", "Float cannot represent non numeric value: \"\"")]
    [InlineData("one", "Float cannot represent non numeric value: \"one\"")]
    [InlineData("Infinity", "Float cannot represent non numeric value: \"Infinity\"")]
    public void Float_refuses_non_finite_and_non_numeric_results(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => BuiltInScalars.Float.Serialize(value)).Message);

    [Fact]
    public void Float_parses_numeric_variables_and_literals_only()
    {
        Assert.Equal(2.0, BuiltInScalars.Float.ParseValue(2L));
        Assert.Equal(0.1, BuiltInScalars.Float.ParseValue(0.1));
        Assert.Equal(
            "Float cannot represent non numeric value: \"1\"",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Float.ParseValue("1")).Message);
        Assert.Equal(
            "Float cannot represent non numeric value: true",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Float.ParseValue(true)).Message);
        Assert.Equal(1.0, BuiltInScalars.Float.ParseLiteral(Parser.ParseConstValue("1"), null));
        Assert.Equal(-1.5e-3, BuiltInScalars.Float.ParseLiteral(Parser.ParseConstValue("-1.5e-3"), null));
        Assert.Equal(
            "Float cannot represent non numeric value: \"1.5\"",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Float.ParseLiteral(Parser.ParseConstValue("\"1.5\""), null)).Message);
    }

    public static TheoryData<object?, string> StringResults => new()
    {
        { "text", "text" }, { true, "true" }, { false, "false" }, { 42, "42" }, { 9007199254740993L, "9007199254740993" },
        { 1.5, "1.5" }, { 1e21, "1e+21" }, { 1e20, "100000000000000000000" }, { 1e-7, "1e-7" }, { 0.000001, "0.000001" },
        { -0.0, "0" }, { 123.456e5, "12345600" },
    };

    [Theory]
    [MemberData(nameof(StringResults))]
    public void String_serializes_strings_booleans_and_numbers_as_javascript_writes_them(object? value, string expected) =>
        Assert.Equal(expected, BuiltInScalars.String.Serialize(value));

    [Fact]
    public void String_refuses_non_finite_numbers_and_objects()
    {
        Assert.Equal("String cannot represent value: NaN", Assert.Throws<GraphQLException>(() => BuiltInScalars.String.Serialize(double.NaN)).Message);
        Assert.Equal("String cannot represent value: {}", Assert.Throws<GraphQLException>(() => BuiltInScalars.String.Serialize(new Dictionary<string, object?>())).Message);
    }

    [Fact]
    public void String_parses_strings_only()
    {
        Assert.Equal("a", BuiltInScalars.String.ParseValue("a"));
        Assert.Equal(
            "String cannot represent a non string value: 1",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.String.ParseValue(1L)).Message);
        Assert.Equal("b\n", BuiltInScalars.String.ParseLiteral(Parser.ParseConstValue("\"b\\n\""), null));
        Assert.Equal(
            "String cannot represent a non string value: 1",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.String.ParseLiteral(Parser.ParseConstValue("1"), null)).Message);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(1, true)]
    [InlineData(0L, false)]
    [InlineData(-0.5, true)]
    public void Boolean_serializes_booleans_and_numbers(object value, bool expected) =>
        Assert.Equal(expected, BuiltInScalars.Boolean.Serialize(value));

    [Fact]
    public void Boolean_refuses_strings_and_accepts_only_booleans_as_input()
    {
        Assert.Equal(
            "Boolean cannot represent a non boolean value: \"true\"",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Boolean.Serialize("true")).Message);
        Assert.Equal(
            "Boolean cannot represent a non boolean value: NaN",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Boolean.Serialize(double.NaN)).Message);
        Assert.Equal(true, BuiltInScalars.Boolean.ParseValue(true));
        Assert.Equal(
            "Boolean cannot represent a non boolean value: 1",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Boolean.ParseValue(1L)).Message);
        Assert.Equal(false, BuiltInScalars.Boolean.ParseLiteral(Parser.ParseConstValue("false"), null));
        Assert.Equal(
            "Boolean cannot represent a non boolean value: 0",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Boolean.ParseLiteral(Parser.ParseConstValue("0"), null)).Message);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData(7, "7")]
    [InlineData(123456789012L, "123456789012")]
    [InlineData(5.0, "5")]
    public void ID_serializes_and_parses_strings_and_integers_as_strings(object value, string expected)
    {
        Assert.Equal(expected, BuiltInScalars.ID.Serialize(value));
        Assert.Equal(expected, BuiltInScalars.ID.ParseValue(value));
    }

    [Fact]
    public void ID_refuses_fractions_booleans_and_other_literals()
    {
        Assert.Equal("ID cannot represent value: 1.5", Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.Serialize(1.5)).Message);
        Assert.Equal("ID cannot represent value: true", Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.Serialize(true)).Message);
        Assert.Equal("ID cannot represent value: true", Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.ParseValue(true)).Message);
        Assert.Equal("42", BuiltInScalars.ID.ParseLiteral(Parser.ParseConstValue("42"), null));
        Assert.Equal("x", BuiltInScalars.ID.ParseLiteral(Parser.ParseConstValue("\"x\""), null));
        Assert.Equal(
            "ID cannot represent a non-string and non-integer value: 1.5",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.ParseLiteral(Parser.ParseConstValue("1.5"), null)).Message);
    }
}
