using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Hashes of signed messages, taken over their UTF-8 bytes. A message holding a lone surrogate has
/// no UTF-8 form: it is refused rather than encoded with replacement characters, since two different
/// texts would then share one signature.
/// </summary>
internal static class MessageHash
{
    public const int HashSizeInBytes = 32;

    // Messages whose UTF-8 form can reach this size are encoded in a pooled array instead of on the stack.
    private const int StackBufferSize = 1024;

    private static ReadOnlySpan<byte> PersonalSignPrefix => "\u0019Ethereum Signed Message:\n"u8;

    private delegate void Hasher(ReadOnlySpan<byte> utf8, Span<byte> hash);

    /// <summary>The EIP-191 <c>personal_sign</c> hash: Keccak-256 of the prefix, the decimal byte length, then the message.</summary>
    public static bool TryPersonalSign(string message, Span<byte> hash) =>
        TryHashUtf8(message, hash, static (utf8, destination) =>
        {
            Span<byte> prefix = stackalloc byte[PersonalSignPrefix.Length + 11];
            PersonalSignPrefix.CopyTo(prefix);
            utf8.Length.TryFormat(prefix[PersonalSignPrefix.Length..], out var digits, provider: CultureInfo.InvariantCulture);
            Keccak256.Hash(prefix[..(PersonalSignPrefix.Length + digits)], utf8, destination);
        });

    public static bool TrySha256(string message, Span<byte> hash) =>
        TryHashUtf8(message, hash, static (utf8, destination) => SHA256.HashData(utf8, destination));

    private static bool TryHashUtf8(string message, Span<byte> hash, Hasher hasher)
    {
        var maxLength = Encoding.UTF8.GetMaxByteCount(message.Length);
        byte[]? rented = null;
        var buffer = maxLength <= StackBufferSize
            ? stackalloc byte[StackBufferSize]
            : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
        try
        {
            var status = Utf8.FromUtf16(message, buffer, out _, out var length, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                return false;
            }

            hasher(buffer[..length], hash);
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
