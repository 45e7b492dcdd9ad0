using System.Buffers;
using System.Text;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Parses GraphQL source text into an AST. Every malformed input, and every input beyond the limits of
/// <see cref="ParserOptions"/>, ends in a <see cref="GraphQLSyntaxException"/>.
/// </summary>
public static class Parser
{
    private const int StackBytes = 1024;

    /// <summary>Parses an executable or type-system document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        WithUtf8(source, options ?? ParserOptions.Default, static (utf8, o) => Parse(utf8, o));

    /// <summary>Parses an executable or type-system document from UTF-8 bytes.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var buffers = ParserBuffers.Current;
        try
        {
            var parser = new DocumentParser(utf8, options ?? ParserOptions.Default, buffers);
            return parser.ParseDocument();
        }
        catch (GraphQLSyntaxException)
        {
            buffers.Reset();
            throw;
        }
    }

    /// <summary>Parses a single value literal, such as <c>[1, {a: $v}]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        WithUtf8(source, options ?? ParserOptions.Default, static (utf8, o) => ParseSingle(utf8, o, static (ref DocumentParser p) => p.ParseValueLiteral(false)));

    /// <summary>Parses a single constant value literal: one with no variables.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        WithUtf8(source, options ?? ParserOptions.Default, static (utf8, o) => ParseSingle(utf8, o, static (ref DocumentParser p) => p.ParseValueLiteral(true)));

    /// <summary>Parses a single type reference, such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        WithUtf8(source, options ?? ParserOptions.Default, static (utf8, o) => ParseSingle(utf8, o, static (ref DocumentParser p) => p.ParseTypeReference()));

    private delegate T Production<out T>(ref DocumentParser parser);

    private delegate T Utf8Parse<out T>(ReadOnlySpan<byte> utf8, ParserOptions options);

    private static T ParseSingle<T>(ReadOnlySpan<byte> utf8, ParserOptions options, Production<T> production)
    {
        var buffers = ParserBuffers.Current;
        try
        {
            var parser = new DocumentParser(utf8, options, buffers);
            var result = production(ref parser);
            parser.ExpectEnd();
            return result;
        }
        catch (GraphQLSyntaxException)
        {
            buffers.Reset();
            throw;
        }
    }

    /// <summary>
    /// Encodes a string once into UTF-8, on the stack when small, otherwise in a pooled buffer. Lone surrogates,
    /// which UTF-8 cannot carry, are encoded as bytes that are invalid UTF-8, so the lexer reports them.
    /// </summary>
    private static T WithUtf8<T>(string source, ParserOptions options, Utf8Parse<T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);

        // Every char takes at least one byte, so a longer text is over the size limit whatever it holds: encoding
        // one char more than the limit is enough for the parser to report it.
        var text = source.AsSpan(0, (int)Math.Min(source.Length, options.MaxSourceBytes + 1L));
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (maxBytes <= StackBytes)
        {
            Span<byte> stack = stackalloc byte[StackBytes];
            return parse(stack[..Utf8Encoder.Encode(text, stack)], options);
        }

        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            return parse(rented.AsSpan(0, Utf8Encoder.Encode(text, rented)), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
