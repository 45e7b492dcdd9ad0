using System.Buffers;
using System.Text.Unicode;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// UTF-16 to UTF-8 without replacement characters: a lone surrogate is written as the three bytes its code
/// point would take (as WTF-8 does). Those bytes are not valid UTF-8, so the lexer rejects them where they stand,
/// just as a parser of the UTF-16 string would reject the lone surrogate.
/// </summary>
internal static class Utf8Encoder
{
    /// <summary>Writes <paramref name="source"/> into <paramref name="destination"/>, which holds at least 3 bytes per char.</summary>
    public static int Encode(ReadOnlySpan<char> source, Span<byte> destination)
    {
        var total = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(source, destination[total..], out var read, out var written, replaceInvalidSequences: false);
            total += written;
            if (status == OperationStatus.Done)
            {
                return total;
            }

            // Invalid data: a lone surrogate at source[read].
            int surrogate = source[read];
            destination[total++] = (byte)(0xE0 | (surrogate >> 12));
            destination[total++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            destination[total++] = (byte)(0x80 | (surrogate & 0x3F));
            source = source[(read + 1)..];
        }
    }
}
