using System.Buffers;
using System.Text;

namespace GraphQlFollows.GraphQL.Language;

internal ref partial struct Lexer
{
    private const int StackChars = 256;

    /// <summary>The bytes a string scanner must look at: delimiters, escapes, line terminators and non-ASCII.</summary>
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(StringSpecialBytes());

    /// <summary>A single-quoted string: escapes resolved, no line terminators, every character a Unicode scalar value.</summary>
    private Token ReadString()
    {
        var start = _position;
        var charStart = start - _lag;
        var column = charStart - _lineStartChar + 1;
        var source = _source;
        var position = start + 1;
        var chunkStart = position;
        var value = new CharBuilder(stackalloc char[StackChars]);
        var escaped = false;
        try
        {
            while ((position = SkipPlainText(position)) < source.Length)
            {
                var b = source[position];
                if (b == (byte)'"')
                {
                    var text = escaped
                        ? Finish(ref value, source[chunkStart..position])
                        : Encoding.UTF8.GetString(source[chunkStart..position]);
                    _position = position + 1;
                    return MakeToken(TokenKind.String, start, _position, charStart, _line, column, text);
                }

                if (b == (byte)'\\')
                {
                    value.AppendUtf8(source[chunkStart..position]);
                    position += ReadEscape(position, ref value);
                    chunkStart = position;
                    escaped = true;
                    continue;
                }

                if (b == (byte)'\n' || b == (byte)'\r')
                {
                    break;
                }

                position += b < 0x80 ? 1 : ScalarWidthInString(position);
            }

            throw Error(position, "Unterminated string.");
        }
        finally
        {
            value.Dispose();
        }
    }

    private static byte[] StringSpecialBytes()
    {
        var bytes = new byte[4 + 0x80];
        "\"\\\n\r"u8.CopyTo(bytes);
        for (var i = 0; i < 0x80; i++)
        {
            bytes[4 + i] = (byte)(0x80 + i);
        }

        return bytes;
    }

    /// <summary>Skips, a vector at a time, the printable ASCII that needs no attention inside a string.</summary>
    private readonly int SkipPlainText(int position)
    {
        var skipped = _source[position..].IndexOfAny(StringSpecials);
        return skipped < 0 ? _source.Length : position + skipped;
    }

    private static string Finish(ref CharBuilder value, ReadOnlySpan<byte> lastChunk)
    {
        value.AppendUtf8(lastChunk);
        return value.ToString();
    }

    private int ScalarWidthInString(int position)
    {
        var width = ScalarWidth(position);
        return width != 0
            ? width
            : throw ErrorAt(position, "Invalid character within String: ");
    }

    /// <summary>Appends the value of the escape sequence at <paramref name="position"/> and returns its length in bytes.</summary>
    private readonly int ReadEscape(int position, ref CharBuilder value)
    {
        if (Peek(position + 1) == 'u')
        {
            return Peek(position + 2) == '{'
                ? ReadVariableWidthEscape(position, ref value)
                : ReadFixedWidthEscape(position, ref value);
        }

        var c = Peek(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => throw InvalidEscape(position, 2, "Invalid character escape sequence: "),
        };
        value.Append(c);
        return 2;
    }

    /// <summary><c>\u{...}</c>: one or more hex digits (at most eight) naming a Unicode scalar value.</summary>
    private readonly int ReadVariableWidthEscape(int position, ref CharBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = Peek(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                value.AppendScalar(point);
                return size;
            }

            // An invalid digit (-1) or an overflow makes the value negative.
            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw InvalidEscape(position, size, "Invalid Unicode escape sequence: ");
    }

    /// <summary><c>\uXXXX</c>, where a leading surrogate must be followed by an escaped trailing surrogate.</summary>
    private readonly int ReadFixedWidthEscape(int position, ref CharBuilder value)
    {
        var code = ReadHex4(position + 2);
        if (IsScalarValue(code))
        {
            value.AppendScalar(code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && Peek(position + 6) == '\\' && Peek(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code);
                value.Append((char)trailing);
                return 12;
            }
        }

        throw InvalidEscape(position, 6, "Invalid Unicode escape sequence: ");
    }

    /// <summary>An error quoting the first <paramref name="length"/> characters of the escape sequence.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException InvalidEscape(int position, int length, string description) =>
        Error(position, $"{description}\"{SourceText.Quote(_source, position, length)}\".");

    private readonly int ReadHex4(int position) =>
        (HexValue(Peek(position)) << 12) | (HexValue(Peek(position + 1)) << 8)
        | (HexValue(Peek(position + 2)) << 4) | HexValue(Peek(position + 3));

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);
}
