using System.Runtime.CompilerServices;
using System.Text;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Recursive-descent parser over the token stream of <see cref="Lexer"/>, one method per grammar production.
/// Lists are gathered in <see cref="ParserBuffers"/> and stored as exact-size arrays.
/// </summary>
internal ref partial struct DocumentParser
{
    private readonly ParserOptions _options;
    private readonly ParserBuffers _buffers;
    private Lexer _lexer;
    private Token _token;

    /// <summary>End (in UTF-16 code units) of the last token consumed: where the node being built ends.</summary>
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    public DocumentParser(ReadOnlySpan<byte> source, ParserOptions options, ParserBuffers buffers)
    {
        if (source.Length > options.MaxSourceBytes)
        {
            throw SourceText.Error(source, options.MaxSourceBytes,
                $"Source contains more than {options.MaxSourceBytes} bytes. Parsing aborted.");
        }

        _options = options;
        _buffers = buffers;
        _lexer = new Lexer(source);
        _token = default;
        Advance();
    }

    private readonly ReadOnlySpan<byte> Source => _lexer.Source;

    /// <summary>The whole input must be consumed by the entry point's production.</summary>
    public void ExpectEnd() => Expect(TokenKind.EndOfFile);

    private void Advance()
    {
        _lastEnd = _token.CharEnd;
        _token = _lexer.Next();
        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw TooManyTokens();
        }
    }

    private readonly bool Peek(TokenKind kind) => _token.Kind == kind;

    private readonly bool PeekDescription() => _token.Kind is TokenKind.String or TokenKind.BlockString;

    private readonly bool PeekKeyword(ReadOnlySpan<byte> keyword) =>
        _token.Kind == TokenKind.Name && TokenText(_token).SequenceEqual(keyword);

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw ExpectedToken(kind);
        }

        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw ExpectedKeyword(keyword);
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Counts one more level of nesting at an opening token, rejecting documents nested too deeply.</summary>
    private void Enter(in Token opening)
    {
        // The stack check also protects callers that raise the depth limit beyond what the stack can take.
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw TooDeep(opening);
        }
    }

    private void Leave() => _depth--;

    private readonly Location? Loc(in Token start) => _options.NoLocation
        ? null
        : new Location(start.CharStart, _lastEnd, start.Line, start.Column);

    private readonly ReadOnlySpan<byte> TokenText(in Token token) => Source[token.Start..token.End];

    // Errors are built out of line, so that the frames of the hot parsing methods stay small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException Unexpected(in Token token) => Error(token, $"Unexpected {Describe(token)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_token);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException Error(in Token token, string description) =>
        SourceText.Error(Source, token.Start, description);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException ExpectedToken(TokenKind kind) =>
        Error(_token, $"Expected {kind.Describe()}, found {Describe(_token)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException ExpectedKeyword(ReadOnlySpan<byte> keyword) =>
        Error(_token, $"Expected \"{Encoding.ASCII.GetString(keyword)}\", found {Describe(_token)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooManyTokens() =>
        Error(_token, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooDeep(in Token opening) => _depth > _options.MaxDepth
        ? Error(opening, $"Document nesting exceeds the maximum depth of {_options.MaxDepth}. Parsing aborted.")
        : Error(opening, "Document nesting is too deep to parse. Parsing aborted.");

    /// <summary>A token as error messages show it: its kind, then its value in quotes when it has one.</summary>
    private readonly string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float =>
            $"{token.Kind.Describe()} \"{Encoding.ASCII.GetString(TokenText(token))}\"",
        TokenKind.String or TokenKind.BlockString => $"{token.Kind.Describe()} \"{token.Value}\"",
        _ => token.Kind.Describe(),
    };
}
