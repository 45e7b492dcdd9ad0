using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Tests.Language;

/// <summary>Messages and locations of syntax errors; each expected value was checked against graphql-js 17.1.0.</summary>
public class SyntaxErrorTests
{
    [Theory]
    [InlineData("{ a(b: 01) }", "Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(b: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: .5) }", "Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8)]
    [InlineData("{ a(b: 1.5.) }", "Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(b: 1e) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 0x1) }", "Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(b: -a) }", "Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a .. }", "Unexpected \"..\", did you mean \"...\"?", 1, 5)]
    [InlineData("{ a . }", "Unexpected character: \".\".", 1, 5)]
    [InlineData("{ a(b: 'single') }", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ a é }", "Unexpected character: U+00E9.", 1, 5)]
    [InlineData("{ a \u0000 }", "Unexpected character: U+0000.", 1, 5)]
    [InlineData("{ a ^ }", "Unexpected character: \"^\".", 1, 5)]
    [InlineData("{ a(b: \"\\x\") }", "Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{110000}\") }", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{}\") }", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{D800}\") }", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD83D\") }", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(b: \"\\uDE00\") }", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD83D\\u0041\") }", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(b: \"\\uXYZW\") }", "Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{000000041}\") }", "Invalid Unicode escape sequence: \"\\u{000000041\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{1F600\") }", "Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 9)]
    [InlineData("{ a(b: \"é\\q\") }", "Invalid character escape sequence: \"\\q\".", 1, 10)]
    [InlineData("{ a(b: \"abc) }", "Unterminated string.", 1, 15)]
    [InlineData("{ a(b: \"abc\nd\") }", "Unterminated string.", 1, 12)]
    [InlineData("{ a(b: \"\"\"abc", "Unterminated string.", 1, 14)]
    [InlineData("\"d\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"d\" extend type A @x", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @a on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("query ($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 18)]
    [InlineData("query ($a: Int = $) { a }", "Unexpected \"$\".", 1, 18)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{ a", "Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a } }", "Unexpected \"}\".", 1, 7)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("type A implements B C", "Unexpected Name \"C\".", 1, 21)]
    [InlineData("{ a(b: [1 2 3], c: {d}) }", "Expected \":\", found \"}\".", 1, 22)]
    [InlineData("query Q {\r\n  a(b: \"é😀\", c: 1.x)\r\n}", "Invalid number, expected digit but got: \"x\".", 2, 20)]
    [InlineData("# comment\n\n   { a(b: \"\"\"\n  line\n  \"\"\", c: ^) }", "Unexpected character: \"^\".", 5, 11)]
    public void Reports_the_message_and_location_graphql_js_reports(string source, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(description, error.Description);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void Rejects_an_empty_selection_set_as_the_specification_does_unless_asked_to_allow_it()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { } }"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal(new SourceLocation(1, 7), error.Location);

        var document = Parser.Parse("{ a { } }", new ParserOptions { AllowEmptySelectionSets = true });
        Assert.Equal("{\n  a {}\n}", Printer.Print(document));
    }

    [Fact]
    public void Converts_to_a_response_error_with_its_location()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(b: ?) }"));
        var responseError = error.ToGraphQLError();
        Assert.Equal("Syntax Error: Unexpected character: \"?\".", responseError.Message);
        Assert.Equal([new SourceLocation(1, 8)], responseError.Locations);
        Assert.IsAssignableFrom<GraphQLException>(error);
    }
}
