using System.Buffers;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>Decodes the <c>0x</c>-prefixed hex that wallets and SDKs send, without intermediate strings.</summary>
internal static class PrefixedHex
{
    /// <summary>
    /// Decodes <paramref name="text"/> (<c>0x</c> then an even number of hex digits of either case)
    /// into <paramref name="destination"/>. False when the prefix is missing, a character is not a hex digit,
    /// or the bytes do not fit in <paramref name="destination"/>.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (text.Length < 2 || text[0] != '0' || text[1] != 'x')
        {
            return false;
        }

        var digits = text[2..];
        if (digits.Length % 2 != 0 || digits.Length / 2 > destination.Length)
        {
            return false;
        }

        var status = Convert.FromHexString(digits, destination, out _, out bytesWritten);
        return status == OperationStatus.Done;
    }
}
