using System.Text;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.Tests.Shared;
using Xunit.Abstractions;

namespace GraphQlFollows.GraphQL.Tests.Language;

/// <summary>
/// Random inputs, reproducible through a fixed seed (<c>LANGUAGE_FUZZ_SEED</c> runs another): every input must either parse (and then print to text that
/// parses and prints back to itself) or fail with a <see cref="GraphQLSyntaxException"/> pointing inside the source.
/// </summary>
public class LanguageFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20250901;
    private const int MutatedInputs = 25_000;

    private static readonly string[] Corpus =
    [
        "query Q($id: ID! = \"1\", $n: [Int!] = [1, 2]) @live { user: node(id: $id) { ... on User { name @include(if: true) } ...F } }",
        "fragment F on User { friends(first: 10, after: null, filter: {kind: CLOSE, tags: [\"a\", \"b\"]}) { edges { cursor } } }",
        "mutation { follow(input: {target: \"0xabc\", weight: -1.5e3, note: \"\"\"\n  multi\n    line\n\"\"\"}) { ok } }",
        "subscription S { followed { id } }\n# comment with é and 😀\n{ a, b,, c }",
        "{ s(a: \"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u{1F600} \\uD83D\\uDE00\", b: \"raw é 😀\") }",
        "\"Root\" schema @a { query: Q mutation: M }\nextend schema @b\n\"\"\"Scalar\"\"\" scalar Date @specifiedBy(url: \"x\")",
        "type T implements & I & J @c { \"f\" f(\"a\" a: Int = 1 @d, b: [In!]! = [{x: 1}]): [T!]! @e }\nextend type T { g: Int }",
        "interface I implements J { f: Int } union U = | A | B enum E { A @g B } input In { a: Int = 2 }",
        "directive @d(a: Int) repeatable on FIELD | QUERY\ndirective @e on | OBJECT | INTERFACE\nextend enum E { C }",
        "\ufeff\r\n{ a(b: \"\"\"\r\n    x \\\"\"\" y\r\n  \"\"\") }",
    ];

    private static readonly byte[][] Fragments =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "("u8.ToArray(), ")"u8.ToArray(),
        "\""u8.ToArray(), "\"\"\""u8.ToArray(), "\\"u8.ToArray(), "\\u"u8.ToArray(), "\\u{"u8.ToArray(), "\\uD83D"u8.ToArray(),
        "..."u8.ToArray(), "$"u8.ToArray(), "@"u8.ToArray(), ":"u8.ToArray(), "="u8.ToArray(), "|"u8.ToArray(), "&"u8.ToArray(),
        "#"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "on"u8.ToArray(), "extend "u8.ToArray(), "query "u8.ToArray(),
        "fragment "u8.ToArray(), "1.5e"u8.ToArray(), "-0"u8.ToArray(), "é"u8.ToArray(), "😀"u8.ToArray(),
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xF0, 0x9F], [0xEF, 0xBB, 0xBF], [0x00],
    ];

    [Fact]
    public void Mutated_documents_parse_or_fail_with_a_located_syntax_error()
    {
        var random = new Random(TestSeed.Choose(output, "LANGUAGE_FUZZ_SEED", Seed));
        var corpus = Corpus.Select(Encoding.UTF8.GetBytes).ToArray();
        foreach (var seed in corpus)
        {
            CheckRoundTrip(Parser.Parse(seed));
        }

        for (var i = 0; i < MutatedInputs; i++)
        {
            var input = Mutate(random, corpus[random.Next(corpus.Length)]);
            Check(input, i);
        }
    }

    [Theory]
    [InlineData("{ a ")]
    [InlineData("{ f(x: [")]
    [InlineData("(")]
    [InlineData("{ f(x: {a: ")]
    [InlineData("query ($v: [")]
    public void Deep_nesting_fails_cleanly(string unit)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(unit);
        }

        Check(Encoding.UTF8.GetBytes(builder.ToString()), -1);
    }

    [Fact]
    public void Huge_documents_hit_a_limit_or_parse()
    {
        var fields = new StringBuilder("{ ");
        while (fields.Length < 2 * 1024 * 1024)
        {
            fields.Append("field").Append(fields.Length).Append(' ');
        }

        fields.Append('}');
        var huge = Encoding.UTF8.GetBytes(fields.ToString());
        var tooLarge = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(huge));
        Assert.Contains("Source contains more than", tooLarge.Message);

        var tooManyTokens = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(huge, new ParserOptions { MaxSourceBytes = int.MaxValue }));
        Assert.Contains("tokens", tooManyTokens.Message);

        var unlimited = new ParserOptions { MaxSourceBytes = int.MaxValue, MaxTokens = int.MaxValue };
        Assert.NotNull(Parser.Parse(huge, unlimited));

        var longString = Encoding.UTF8.GetBytes("{ a(b: \"" + new string('x', 500_000) + "\") }");
        Assert.NotNull(Parser.Parse(longString));
    }

    [Fact]
    public void Truncation_inside_strings_and_block_strings_is_a_syntax_error()
    {
        foreach (var source in new[] { "{ a(b: \"abc\\u{1F600}é\") }", "{ a(b: \"\"\"\n  line\n  \\\"\"\"\n\"\"\") }" })
        {
            var bytes = Encoding.UTF8.GetBytes(source);
            var opening = source.IndexOf('"');
            var closing = Encoding.UTF8.GetByteCount(source[..source.LastIndexOf('"')]);
            for (var length = opening + 1; length <= closing; length++)
            {
                var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes.AsSpan(0, length)));
                AssertInside(error, bytes.AsSpan(0, length));
            }
        }
    }

    private static void Check(byte[] input, int iteration)
    {
        try
        {
            var document = Parser.Parse(input);
            CheckRoundTrip(document);
        }
        catch (GraphQLSyntaxException error)
        {
            AssertInside(error, input);
        }
        catch (Exception other)
        {
            Assert.Fail($"Input {iteration} ({Convert.ToBase64String(input)}) threw {other}");
        }

        if (iteration % 8 == 0)
        {
            // The string entry point: invalid bytes become replacement characters, so verdicts may differ,
            // but the contract is the same.
            var text = Encoding.UTF8.GetString(input);
            try
            {
                Parser.Parse(text);
            }
            catch (GraphQLSyntaxException error)
            {
                Assert.InRange(error.Position, 0, text.Length);
            }
        }
    }

    private static void CheckRoundTrip(GraphQlFollows.GraphQL.Language.Ast.DocumentNode document)
    {
        var printed = Printer.Print(document);
        var reprinted = Printer.Print(Parser.Parse(printed, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Equal(printed, reprinted);
    }

    private static void AssertInside(GraphQLSyntaxException error, ReadOnlySpan<byte> input)
    {
        var lines = 1;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == '\n' || (input[i] == '\r' && (i + 1 == input.Length || input[i + 1] != '\n')))
            {
                lines++;
            }
        }

        Assert.StartsWith("Syntax Error: ", error.Message);
        Assert.InRange(error.Position, 0, input.Length);
        Assert.InRange(error.Location.Line, 1, lines);
        Assert.InRange(error.Location.Column, 1, input.Length + 1);
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = new List<byte>(seed);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(7))
            {
                case 0 when at < bytes.Count:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 4), bytes.Count - at));
                    break;
                case 1:
                    bytes.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 12), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3 when bytes.Count > 1:
                    var other = random.Next(bytes.Count);
                    at = Math.Min(at, bytes.Count - 1);
                    (bytes[at], bytes[other]) = (bytes[other], bytes[at]);
                    break;
                case 4:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(0x20, 0x7F));
                    break;
            }
        }

        return [.. bytes];
    }
}
