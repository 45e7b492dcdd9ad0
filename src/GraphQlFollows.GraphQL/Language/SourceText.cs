using System.Text;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Questions about a UTF-8 source that only errors ask: where a byte offset lies (line, column and offset in
/// UTF-16 code units, as graphql-js reports them) and how to name the character found there.
/// </summary>
internal static class SourceText
{
    public static GraphQLSyntaxException Error(ReadOnlySpan<byte> source, int bytePosition, string description)
    {
        var (location, charOffset) = LocationAt(source, bytePosition);
        return new GraphQLSyntaxException(description, location, charOffset);
    }

    /// <summary>
    /// Walks the source up to <paramref name="bytePosition"/>. Lines end at LF, CR or CRLF. Bytes that are not
    /// valid UTF-8 count as one code unit each, like the replacement character a decoder would put there.
    /// </summary>
    public static (SourceLocation Location, int CharOffset) LocationAt(ReadOnlySpan<byte> source, int bytePosition)
    {
        var end = Math.Min(bytePosition, source.Length);
        int line = 1, chars = 0, lineStart = 0, position = 0;
        while (position < end)
        {
            var b = source[position];
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                var width = b == (byte)'\r' && position + 1 < end && source[position + 1] == (byte)'\n' ? 2 : 1;
                position += width;
                chars += width;
                line++;
                lineStart = chars;
                continue;
            }

            if (b < 0x80)
            {
                position++;
                chars++;
                continue;
            }

            if (Rune.DecodeFromUtf8(source[position..end], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                position += consumed;
                chars += rune.Utf16SequenceLength;
            }
            else
            {
                position++;
                chars++;
            }
        }

        // A position past the end (a limit that cuts the source) still reports a column on the last line.
        chars += bytePosition - end;
        return (new SourceLocation(line, chars - lineStart + 1), chars);
    }

    /// <summary>Names the character at a byte offset the way graphql-js does: <c>"a"</c>, <c>U+00E9</c> or <c>&lt;EOF&gt;</c>.</summary>
    public static string DescribeCharacterAt(ReadOnlySpan<byte> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var b = source[position];
        if (b >= 0x20 && b <= 0x7E)
        {
            return b == (byte)'"' ? "'\"'" : "\"" + (char)b + "\"";
        }

        if (b < 0x80)
        {
            return CodePoint(b);
        }

        if (Rune.DecodeFromUtf8(source[position..], out var rune, out _) == System.Buffers.OperationStatus.Done)
        {
            return CodePoint(rune.Value);
        }

        if (IsEncodedSurrogate(source, position))
        {
            return CodePoint(SurrogateAt(source, position));
        }

        return $"0x{b:X2} (invalid UTF-8)";
    }

    /// <summary>
    /// The text of up to <paramref name="charCount"/> UTF-16 code units from a byte offset, for quoting in errors.
    /// An encoded lone surrogate comes out as that surrogate, other invalid bytes as U+FFFD.
    /// </summary>
    public static string Quote(ReadOnlySpan<byte> source, int position, int charCount)
    {
        var text = new StringBuilder(charCount + 1);
        while (text.Length < charCount && position < source.Length)
        {
            if (Rune.DecodeFromUtf8(source[position..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
                position += consumed;
            }
            else if (IsEncodedSurrogate(source, position))
            {
                text.Append((char)SurrogateAt(source, position));
                position += 3;
            }
            else
            {
                text.Append('\uFFFD');
                position++;
            }
        }

        return text.Length <= charCount ? text.ToString() : text.ToString(0, charCount);
    }

    /// <summary>The three bytes a surrogate code point takes when a string holding a lone one is encoded.</summary>
    private static bool IsEncodedSurrogate(ReadOnlySpan<byte> source, int position) =>
        position + 2 < source.Length && source[position] == 0xED && source[position + 1] >= 0xA0
        && source[position + 1] <= 0xBF && (source[position + 2] & 0xC0) == 0x80;

    private static int SurrogateAt(ReadOnlySpan<byte> source, int position) =>
        0xD000 | ((source[position + 1] & 0x3F) << 6) | (source[position + 2] & 0x3F);

    private static string CodePoint(int value) => "U+" + value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
