using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Tests.Language;

public class ParserLimitTests
{
    [Fact]
    public void Rejects_documents_with_more_tokens_than_allowed()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Assert.NotNull(Parser.Parse("{ a b c }", options));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Location);
    }

    [Fact]
    public void Rejects_sources_larger_than_allowed()
    {
        var options = new ParserOptions { MaxSourceBytes = 10 };
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ abcdefghijk }", options));
        Assert.Equal("Syntax Error: Source contains more than 10 bytes. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Location);
    }

    [Fact]
    public void Rejects_a_long_string_source_before_encoding_all_of_it()
    {
        var options = new ParserOptions { MaxSourceBytes = 8 };
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }\n{ b } # é" + new string('x', 100_000), options));
        Assert.Equal("Syntax Error: Source contains more than 8 bytes. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(2, 3), error.Location);
    }

    [Theory]
    [InlineData("{ a { b { c { d } } } }", true)]
    [InlineData("{ a { b { c { d { e } } } } }", false)]
    [InlineData("{ f(x: [[[1]]]) }", true)]
    [InlineData("{ f(x: [[[[1]]]]) }", false)]
    [InlineData("{ f(x: {a: {b: {c: 1}}}) }", true)]
    [InlineData("{ f(x: {a: {b: {c: {d: 1}}}}) }", false)]
    [InlineData("query ($v: [[[[Int]]]]) { a }", true)]
    [InlineData("query ($v: [[[[[Int]]]]]) { a }", false)]
    public void Counts_selection_sets_values_and_list_types_towards_the_depth_limit(string source, bool accepted)
    {
        var options = new ParserOptions { MaxDepth = 4 };
        if (accepted)
        {
            Assert.NotNull(Parser.Parse(source, options));
            return;
        }

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));
        Assert.Equal("Syntax Error: Document nesting exceeds the maximum depth of 4. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("", "{ a ", "")]
    [InlineData("{ f(x: ", "[", "")]
    [InlineData("{ f(x: ", "{a: ", "")]
    [InlineData("{ f", "(", "")]
    [InlineData("query Q($v: ", "[", "Int) { a }")]
    public void Turns_very_deep_nesting_into_a_syntax_error_instead_of_a_stack_overflow(string prefix, string opening, string suffix)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(opening, 100_000)) + suffix;
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.StartsWith("Syntax Error: ", error.Message);
    }

    [Fact]
    public void Stops_before_the_stack_runs_out_even_without_a_depth_limit()
    {
        var source = string.Concat(Enumerable.Repeat("{ a ", 1_000_000));
        var unlimited = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxSourceBytes = int.MaxValue };
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, unlimited));
        Assert.Equal("Syntax Error: Document nesting is too deep to parse. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Keeps_working_after_a_failed_parse_on_the_same_thread()
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b { c(d: [1, {e: ]) } } }"));
        var document = Parser.Parse("{ x(y: [1, 2]) { z } }");
        Assert.Equal("{\n  x(y: [1, 2]) {\n    z\n  }\n}", Printer.Print(document));
    }
}
