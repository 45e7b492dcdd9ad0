using System.Text;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Tests.Language;

public class LexerTests
{
    private sealed record Lexed(TokenKind Kind, string? Value, int Line, int Column, int Start, int End);

    private static List<Lexed> Lex(byte[] utf8)
    {
        var lexer = new Lexer(utf8);
        var tokens = new List<Lexed>();
        Token token;
        do
        {
            token = lexer.Next();
            var value = token.Value ?? (token.Kind is TokenKind.Name or TokenKind.Int or TokenKind.Float
                ? Encoding.UTF8.GetString(utf8, token.Start, token.End - token.Start)
                : null);
            tokens.Add(new Lexed(token.Kind, value, token.Line, token.Column, token.CharStart, token.CharEnd));
        }
        while (token.Kind != TokenKind.EndOfFile);

        return tokens;
    }

    private static List<Lexed> Lex(string source) => Lex(Encoding.UTF8.GetBytes(source));

    private static Lexed Single(string source)
    {
        var tokens = Lex(source);
        Assert.Equal(2, tokens.Count);
        return tokens[0];
    }

    private static GraphQLSyntaxException LexError(byte[] utf8) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(utf8));

    private static GraphQLSyntaxException LexError(string source) => LexError(Encoding.UTF8.GetBytes(source));

    [Fact]
    public void Reads_every_punctuator()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
                TokenKind.Pipe, TokenKind.BraceR, TokenKind.EndOfFile,
            ],
            kinds);
    }

    [Theory]
    [InlineData("simple", TokenKind.Name)]
    [InlineData("_under_score9", TokenKind.Name)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("1234567890123456789012", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("0.5", TokenKind.Float)]
    [InlineData("-1.5e10", TokenKind.Float)]
    [InlineData("1E-3", TokenKind.Float)]
    [InlineData("2e+8", TokenKind.Float)]
    public void Reads_names_and_numbers_as_their_text(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Fact]
    public void Skips_whitespace_commas_comments_and_byte_order_marks()
    {
        var tokens = Lex("\ufeff a , b # c\r\n c");
        Assert.Equal(
            [
                new Lexed(TokenKind.Name, "a", 1, 3, 2, 3),
                new Lexed(TokenKind.Name, "b", 1, 7, 6, 7),
                new Lexed(TokenKind.Name, "c", 2, 2, 14, 15),
                new Lexed(TokenKind.EndOfFile, null, 2, 3, 15, 15),
            ],
            tokens);
    }

    [Fact]
    public void Counts_columns_and_offsets_in_UTF16_code_units()
    {
        var tokens = Lex("\"é😀\" name\n  \"\"\"ü\n\"\"\" after");
        Assert.Equal(
            [
                new Lexed(TokenKind.String, "é😀", 1, 1, 0, 5),
                new Lexed(TokenKind.Name, "name", 1, 7, 6, 10),
                new Lexed(TokenKind.BlockString, "ü", 2, 3, 13, 21),
                new Lexed(TokenKind.Name, "after", 3, 5, 22, 27),
                new Lexed(TokenKind.EndOfFile, null, 3, 10, 27, 27),
            ],
            tokens);
    }

    [Theory]
    [InlineData(@"""simple""", "simple")]
    [InlineData(@"""""", "")]
    [InlineData(@""" white space """, " white space ")]
    [InlineData(@"""quote \""""", "quote \"")]
    [InlineData(@"""escaped \n\r\b\t\f\/\\""", "escaped \n\r\b\t\f/\\")]
    [InlineData(@"""unicode \u1234\u5678\u90AB\uCDEF""", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData(@"""lower \u00e9 upper \u00E9""", "lower é upper é")]
    [InlineData(@"""variable \u{1F600} \u{41} \u{0000041} \u{10FFFF}""", "variable 😀 A A \U0010FFFF")]
    [InlineData(@"""pair \uD83D\uDE00""", "pair 😀")]
    [InlineData(@"""edge \u{D7FF}\u{E000}\uFFFF""", "edge \uD7FF\uE000\uFFFF")]
    [InlineData("\"raw é😀 \u0001 \u007f\"", "raw é😀 \u0001 \u007f")]
    public void Reads_strings_and_resolves_every_escape(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData(@"""\uD800""")]
    [InlineData(@"""\uDBFF\u0041""")]
    [InlineData(@"""\uDC00""")]
    [InlineData(@"""\uD83D\u{DE00}""")]
    [InlineData(@"""\u{D800}""")]
    [InlineData(@"""\u{DFFF}""")]
    [InlineData(@"""\u{110000}""")]
    [InlineData(@"""\u{}""")]
    [InlineData(@"""\u{FFFFFFFF}""")]
    [InlineData(@"""\u{000000041}""")]
    [InlineData(@"""\u{12""")]
    [InlineData(@"""\u12""")]
    [InlineData(@"""\uGGGG""")]
    [InlineData(@"""\z""")]
    [InlineData(@"""\'""")]
    public void Rejects_escapes_that_do_not_name_a_scalar_value(string source)
    {
        var error = LexError(source);
        Assert.StartsWith("Syntax Error: Invalid ", error.Message);
        Assert.Equal(new SourceLocation(1, 2), error.Location);
    }

    [Theory]
    [InlineData("\"no end", 1, 8)]
    [InlineData("\"line\nbreak\"", 1, 6)]
    [InlineData("\"carriage\rreturn\"", 1, 10)]
    [InlineData("\"\"\"block", 1, 9)]
    [InlineData("\"\"\"\nblock\n\\\"\"\"", 3, 5)]
    public void Reports_unterminated_strings_where_the_input_ends(string source, int line, int column)
    {
        var error = LexError(source);
        Assert.StartsWith("Syntax Error: ", error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void Reports_a_backslash_at_the_end_of_the_input_as_a_bad_escape()
    {
        var error = LexError("\"escape at end\\");
        Assert.Equal("Syntax Error: Invalid character escape sequence: \"\\\".", error.Message);
        Assert.Equal(new SourceLocation(1, 15), error.Location);
    }

    [Fact]
    public void Removes_the_common_indentation_of_block_strings()
    {
        var token = Single("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Theory]
    [InlineData("\"\"\"  first\n   second\n    third\"\"\"", "  first\nsecond\n third")]
    [InlineData("\"\"\"\r\n  a\r\n  \\\"\"\" b\r\n\"\"\"", "a\n\"\"\" b")]
    [InlineData("\"\"\"\t\tx\n\t\ty\n\t\"\"\"", "\t\tx\ny")]
    [InlineData("\"\"\"   \n\n   \"\"\"", "")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"contains \" and \"\" quotes\"\"\"", "contains \" and \"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"a\rb\r\nc\"\"\"", "a\nb\nc")]
    public void Reads_block_strings_raw_except_for_escaped_triple_quotes(string source, string value)
    {
        Assert.Equal(value, Single(source).Value);
    }

    [Fact]
    public void Tracks_lines_through_block_strings()
    {
        var tokens = Lex("\"\"\"\r\n  a\r\n  \\\"\"\" b\r\n\"\"\" next");
        Assert.Equal(new Lexed(TokenKind.Name, "next", 4, 5, 24, 28), tokens[1]);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', 0xFF }, "Invalid character: 0xFF (invalid UTF-8).", 2)]
    [InlineData(new byte[] { (byte)'a', 0xC3 }, "Invalid character: 0xC3 (invalid UTF-8).", 2)]
    [InlineData(new byte[] { 0xC0, 0x80 }, "Invalid character: 0xC0 (invalid UTF-8).", 1)]
    [InlineData(new byte[] { (byte)'"', 0xE2, 0x82, (byte)'"' }, "Invalid character within String: 0xE2 (invalid UTF-8).", 2)]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, "Invalid character within String: U+D800.", 2)]
    [InlineData(new byte[] { (byte)'"', 0xF4, 0x90, 0x80, 0x80, (byte)'"' }, "Invalid character within String: 0xF4 (invalid UTF-8).", 2)]
    [InlineData(new byte[] { (byte)'"', (byte)'"', (byte)'"', 0x80, (byte)'"', (byte)'"', (byte)'"' }, "Invalid character within String: 0x80 (invalid UTF-8).", 4)]
    [InlineData(new byte[] { (byte)'#', (byte)' ', 0xFE, (byte)'\n' }, "Invalid character: 0xFE (invalid UTF-8).", 3)]
    public void Rejects_bytes_that_are_not_UTF8(byte[] source, string description, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Fact]
    public void Rejects_a_lone_surrogate_in_a_string_source()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(b: \"x\uD800\") }"));
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", error.Message);
        Assert.Equal(new SourceLocation(1, 10), error.Location);
    }

    [Fact]
    public void Accepts_a_valid_surrogate_pair_in_a_string_source()
    {
        var value = Assert.IsType<GraphQlFollows.GraphQL.Language.Ast.StringValueNode>(Parser.ParseValue("\"\uD83D\uDE00\""));
        Assert.Equal("😀", value.Value);
    }
}
