using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Reads tokens from a UTF-8 source, one at a time, skipping ignored tokens. Besides byte offsets it keeps
/// the count of UTF-16 code units read so far (as the difference <see cref="_lag"/>), so that locations
/// match those of a parser reading a UTF-16 string.
/// </summary>
internal ref partial struct Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;

    /// <summary>Bytes read minus UTF-16 code units read: grows only on multi-byte characters.</summary>
    private int _lag;
    private int _line;
    private int _lineStartChar;

    public Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
    }

    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The next significant token; <see cref="TokenKind.EndOfFile"/> once the source is exhausted.</summary>
    public Token Next()
    {
        SkipIgnored();
        var position = _position;
        if (position >= _source.Length)
        {
            return MakeToken(TokenKind.EndOfFile, position, position);
        }

        var b = _source[position];
        switch (b)
        {
            case (byte)'!': return Punctuator(TokenKind.Bang);
            case (byte)'$': return Punctuator(TokenKind.Dollar);
            case (byte)'&': return Punctuator(TokenKind.Amp);
            case (byte)'(': return Punctuator(TokenKind.ParenL);
            case (byte)')': return Punctuator(TokenKind.ParenR);
            case (byte)':': return Punctuator(TokenKind.Colon);
            case (byte)'=': return Punctuator(TokenKind.Equals);
            case (byte)'@': return Punctuator(TokenKind.At);
            case (byte)'[': return Punctuator(TokenKind.BracketL);
            case (byte)']': return Punctuator(TokenKind.BracketR);
            case (byte)'{': return Punctuator(TokenKind.BraceL);
            case (byte)'|': return Punctuator(TokenKind.Pipe);
            case (byte)'}': return Punctuator(TokenKind.BraceR);
            case (byte)'.': return ReadSpread();
            case (byte)'"':
                return Peek(position + 1) == '"' && Peek(position + 2) == '"' ? ReadBlockString() : ReadString();
        }

        if (IsNameStart(b))
        {
            return ReadName();
        }

        if (IsDigit(b) || b == (byte)'-')
        {
            return ReadNumber();
        }

        throw UnexpectedCharacter(position);
    }

    /// <summary>Whitespace, line terminators, commas, comments and byte order marks: ignored tokens.</summary>
    private void SkipIgnored()
    {
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == (byte)' ' || b == (byte)',' || b == (byte)'\t')
            {
                position++;
            }
            else if (b == (byte)'\n' || b == (byte)'\r')
            {
                position += b == (byte)'\r' && Peek(position + 1) == '\n' ? 2 : 1;
                NewLine(position);
            }
            else if (b == (byte)'#')
            {
                position = SkipComment(position);
            }
            else if (b == 0xEF && Peek(position + 1) == 0xBB && Peek(position + 2) == 0xBF)
            {
                // The byte order mark is an ignored token wherever it appears; it is one UTF-16 unit.
                position += 3;
                _lag += 2;
            }
            else
            {
                break;
            }
        }

        _position = position;
    }

    // Names are scanned many bytes at a time: the vectorized search finds where a name ends.
    private static readonly SearchValues<byte> NameContinueBytes =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"u8);

    public static bool IsNameStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    /// <summary>The byte at an offset, or -1 past the end, so that look-ahead needs no bounds checks.</summary>
    private readonly int Peek(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    /// <summary>Records that a line starts at <paramref name="position"/>.</summary>
    private void NewLine(int position)
    {
        _line++;
        _lineStartChar = position - _lag;
    }

    private readonly Token MakeToken(TokenKind kind, int start, int end, string? value = null) =>
        MakeToken(kind, start, end, start - _lag, _line, start - _lag - _lineStartChar + 1, value);

    private readonly Token MakeToken(TokenKind kind, int start, int end, int charStart, int line, int column, string? value) =>
        new(kind, start, end, charStart, end - _lag, line, column, value);

    private Token Punctuator(TokenKind kind)
    {
        var start = _position++;
        return MakeToken(kind, start, _position);
    }

    private Token ReadSpread()
    {
        var start = _position;
        if (Peek(start + 1) == '.')
        {
            if (Peek(start + 2) == '.')
            {
                _position += 3;
                return MakeToken(TokenKind.Spread, start, _position);
            }

            throw Error(start, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(Peek(start + 1)))
        {
            throw MissingLeadingDigit(start);
        }

        throw UnexpectedCharacter(start);
    }

    /// <summary>A comment runs to the end of the line; a byte that is not valid UTF-8 ends it and is then rejected.</summary>
    private int SkipComment(int start)
    {
        var source = _source;
        var position = start + 1;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                break;
            }

            if (b < 0x80)
            {
                position++;
                continue;
            }

            var width = ScalarWidth(position);
            if (width == 0)
            {
                break;
            }

            position += width;
        }

        return position;
    }

    private Token ReadName()
    {
        var start = _position;
        var rest = _source[(start + 1)..];
        var length = rest.IndexOfAnyExcept(NameContinueBytes);
        var position = start + 1 + (length < 0 ? rest.Length : length);
        _position = position;
        return MakeToken(TokenKind.Name, start, position);
    }

    /// <summary>
    /// Length in bytes of the valid UTF-8 scalar at a position (0 when the bytes are not valid UTF-8),
    /// counting the difference from its UTF-16 length into <see cref="_lag"/>.
    /// </summary>
    private int ScalarWidth(int position)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out var rune, out var consumed) != OperationStatus.Done)
        {
            return 0;
        }

        _lag += consumed - rune.Utf16SequenceLength;
        return consumed;
    }

    // Errors are built out of line, so that the frames of the hot lexing methods stay small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException Error(int position, string description) =>
        SourceText.Error(_source, position, description);

    /// <summary>An error whose message ends with the character found at <paramref name="position"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException ErrorAt(int position, string description) =>
        Error(position, $"{description}{SourceText.DescribeCharacterAt(_source, position)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException MissingLeadingDigit(int dot)
    {
        var digits = Encoding.ASCII.GetString(_source[(dot + 1)..SkipDigits(dot + 1)]);
        return Error(dot, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        if (_source[position] == (byte)'\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var described = SourceText.DescribeCharacterAt(_source, position);
        var isScalar = _source[position] < 0x80 || Rune.DecodeFromUtf8(_source[position..], out _, out _) == OperationStatus.Done;
        return Error(position, !isScalar
            ? $"Invalid character: {described}."
            : $"Unexpected character: {described}.");
    }
}
