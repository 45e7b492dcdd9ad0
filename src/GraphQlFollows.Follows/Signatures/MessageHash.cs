using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Nethereum.Signer;

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

    // Stateless: one instance serves every thread.
    private static readonly EthereumMessageSigner PersonalSign = new();

    /// <summary>
    /// The EIP-191 <c>personal_sign</c> hash, Nethereum's: Keccak-256 of <c>"\x19Ethereum Signed Message:\n"</c>,
    /// the decimal byte length, then the message.
    /// </summary>
    public static bool TryPersonalSign(string message, [NotNullWhen(true)] out byte[]? hash)
    {
        hash = TryGetUtf8(message, out var utf8) ? PersonalSign.HashPrefixedMessage(utf8) : null;
        return hash is not null;
    }

    /// <summary>The UTF-8 bytes of <paramref name="message"/>; false when it holds a lone surrogate.</summary>
    public static bool TryGetUtf8(string message, [NotNullWhen(true)] out byte[]? utf8)
    {
        // A lone surrogate is counted as a replacement character, so the count is exact for every text that converts.
        var bytes = new byte[Encoding.UTF8.GetByteCount(message)];
        var status = Utf8.FromUtf16(message, bytes, out _, out var written, replaceInvalidSequences: false);
        utf8 = status == OperationStatus.Done && written == bytes.Length ? bytes : null;
        return utf8 is not null;
    }

    /// <summary>Whether <paramref name="text"/> has a UTF-8 form: it holds no lone surrogate.</summary>
    public static bool HasUtf8Form(ReadOnlySpan<char> text)
    {
        var rest = text;
        while (rest.IndexOfAnyInRange('\ud800', '\udfff') is var surrogate and >= 0)
        {
            rest = rest[surrogate..];
            if (Rune.DecodeFromUtf16(rest, out _, out var consumed) != OperationStatus.Done)
            {
                return false;
            }
            rest = rest[consumed..];
        }
        return true;
    }

    public static bool TrySha256(string message, Span<byte> hash)
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

            SHA256.HashData(buffer[..length], hash);
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
