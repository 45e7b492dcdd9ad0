using System.Text;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

/// <summary>The JSON reader and writer of runtime values, and values written back as literals.</summary>
public class ValueUtilitiesTests
{
    [Fact]
    public void Reads_json_into_the_runtime_value_model()
    {
        var value = JsonValues.Parse("{\"a\":[1,2.5,\"s\",true,null],\"big\":12345678901234567890,\"a\":{\"b\":-3}}"u8);

        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(["a", "big"], map.Keys);
        Assert.Equal(-3L, Assert.IsType<Dictionary<string, object?>>(map["a"])["b"]);
        Assert.Equal(12345678901234567890d, map["big"]);
        Assert.Equal(new List<object?> { 1L, 2.5, "s", true, null }, JsonValues.Parse("[1,2.5,\"s\",true,null]"u8));
    }

    [Fact]
    public void Reading_from_a_json_element_gives_the_same_values()
    {
        using var document = System.Text.Json.JsonDocument.Parse("{\"x\":[1,{\"y\":0.5}],\"z\":false}");

        var value = Assert.IsType<Dictionary<string, object?>>(JsonValues.FromElement(document.RootElement));

        var list = Assert.IsType<List<object?>>(value["x"]);
        Assert.Equal(1L, list[0]);
        Assert.Equal(0.5, Assert.IsType<Dictionary<string, object?>>(list[1])["y"]);
        Assert.Equal(false, value["z"]);
    }

    [Fact]
    public void Rejects_malformed_json()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JsonValues.Parse("{\"a\":"u8));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JsonValues.Parse("[1] 2"u8));
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1.5e20, "150000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123456.789, "123456.789")]
    public void Writes_doubles_as_javascript_does(double value, string expected)
    {
        var result = new ExecutionResult { HasData = true, Data = new ResultMap(1) { new("n", value) } };

        Assert.Equal("{\"data\":{\"n\":" + expected + "}}", Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result)));
    }

    [Fact]
    public void Writes_errors_before_data_and_extensions_last()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new ResultMap(1) { new("é", "\"quoted\" ✓") },
            Errors = [new GraphQLError("bad", [new SourceLocation(2, 3)], ["a", 0], new Dictionary<string, object?> { ["code"] = "X" })],
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        };

        Assert.Equal(
            "{\"errors\":[{\"message\":\"bad\",\"locations\":[{\"line\":2,\"column\":3}],\"path\":[\"a\",0],\"extensions\":{\"code\":\"X\"}}]," +
            "\"data\":{\"é\":\"\\\"quoted\\\" ✓\"},\"extensions\":{\"cost\":3}}",
            Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result)));
    }

    [Fact]
    public void Request_errors_have_no_data_entry()
    {
        var result = ExecutionResult.RequestError([new GraphQLError("Syntax Error: Unexpected <EOF>.")]);

        Assert.Equal("{\"errors\":[{\"message\":\"Syntax Error: Unexpected <EOF>.\"}]}", Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result)));
    }

    [Fact]
    public void Writes_input_values_back_as_literals()
    {
        var color = Enum("Color", "RED");
        var point = InputObject("Point", new InputValue("x", Int), new InputValue("c", color), new InputValue("tags", List(Str)));

        var literal = AstFromValue.Convert(
            new Dictionary<string, object?> { ["tags"] = new List<object?> { "a", null }, ["x"] = 3, ["c"] = "RED" },
            point);

        Assert.Equal("{ x: 3, c: RED, tags: [\"a\", null] }", Printer.Print(literal!));
        Assert.Equal("\"text\"", Printer.Print(AstFromValue.Convert("text", List(Str))!));
        Assert.Equal("1.5", Printer.Print(AstFromValue.Convert(1.5, Float)!));
        Assert.Equal("123", Printer.Print(AstFromValue.Convert("123", ID)!));
        Assert.Null(AstFromValue.Convert(null, NonNull(Int)));
    }

    [Fact]
    public void Value_from_ast_tells_an_absent_variable_from_a_null_one()
    {
        var variable = Parser.ParseValue("$v");
        var variables = new Dictionary<string, object?> { ["v"] = null };

        Assert.False(ValueFromAst.TryConvert(variable, Int, new Dictionary<string, object?>(), out _));
        Assert.True(ValueFromAst.TryConvert(variable, Int, variables, out var value));
        Assert.Null(value);
        Assert.False(ValueFromAst.TryConvert(variable, NonNull(Int), variables, out _));
    }
}
