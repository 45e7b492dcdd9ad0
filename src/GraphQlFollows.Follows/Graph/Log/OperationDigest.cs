using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// The chained digest of the operation log, so that anyone holding the log can check that no operation was
/// altered, dropped or reordered.
/// <para>
/// <c>digest = keccak256(previousDigest ‖ u64(position) ‖ u64(ts) ‖ u64(acceptedAt) ‖ str(kind) ‖ str(address) ‖
/// str(handles) ‖ str(content) ‖ str(signature) ‖ str(signingKey) ‖ str(signingKeyAuthMessage) ‖
/// str(signingKeyAuthSignature))</c>
/// </para>
/// <para>
/// where <c>previousDigest</c> is the previous operation's 32-byte digest (32 zero bytes before the first),
/// <c>u64(n)</c> is n as 8 bytes big-endian, <c>str(s)</c> is the UTF-8 bytes of s preceded by their count as
/// 4 bytes big-endian, and an absent value is the empty string. <c>address</c> is lowercase <c>0x</c> hex,
/// <c>handles</c> the changed handles joined by commas. With ethers v6:
/// <code>
/// const u64 = n => zeroPadValue(toBeHex(n), 8);
/// const str = s => { const b = toUtf8Bytes(s ?? ""); return concat([zeroPadValue(toBeHex(b.length), 4), b]); };
/// keccak256(concat([prev, u64(position), u64(ts), u64(acceptedAt), str(kind), str(address), str(handles),
///     str(content), str(signature), str(signingKey), str(authMessage), str(authSignature)]))
/// </code>
/// Digests are written as <c>0x</c> followed by 64 lowercase hex digits.
/// </para>
/// </summary>
public static class OperationDigest
{
    /// <summary>The previous digest of the first operation.</summary>
    public static readonly string Genesis = "0x" + new string('0', 64);

    private const int DigestBytes = 32;

    // Operations are a few hundred bytes to a few KiB: most are encoded on the stack.
    private const int StackBufferSize = 2048;

    /// <summary>The digest of <paramref name="operation"/> chained to its <see cref="Operation.PreviousDigest"/>.</summary>
    /// <exception cref="FormatException">The previous digest is not <c>0x</c> and 64 hex digits.</exception>
    public static string Compute(Operation operation)
    {
        ReadOnlySpan<string?> texts =
        [
            operation.Kind, operation.Address, operation.Handles, operation.Content, operation.Signature,
            operation.SigningKey, operation.SigningKeyAuthMessage, operation.SigningKeyAuthSignature,
        ];
        var length = DigestBytes + 3 * sizeof(ulong);
        foreach (var text in texts)
        {
            length += sizeof(uint) + Encoding.UTF8.GetByteCount(text ?? "");
        }
        byte[]? rented = null;
        var encoded = length <= StackBufferSize ? stackalloc byte[StackBufferSize] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            Encode(operation, texts, encoded);
            Span<byte> digest = stackalloc byte[DigestBytes];
            Keccak256.Hash(encoded[..length], digest);
            return "0x" + Convert.ToHexStringLower(digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static void Encode(Operation operation, ReadOnlySpan<string?> texts, Span<byte> span)
    {
        if (!TryReadDigest(operation.PreviousDigest, span[..DigestBytes]))
        {
            throw new FormatException($"Operation {operation.Position} has a malformed previous digest.");
        }
        var offset = DigestBytes;
        offset += WriteUInt64(span[offset..], operation.Position);
        offset += WriteUInt64(span[offset..], operation.Ts);
        offset += WriteUInt64(span[offset..], operation.AcceptedAt);
        foreach (var text in texts)
        {
            var count = Encoding.UTF8.GetBytes(text ?? "", span[(offset + sizeof(uint))..]);
            BinaryPrimitives.WriteUInt32BigEndian(span[offset..], (uint)count);
            offset += sizeof(uint) + count;
        }
    }

    private static bool TryReadDigest(string text, Span<byte> destination) =>
        text.Length == 2 + 2 * DigestBytes
        && Convert.FromHexString(text.AsSpan(2), destination, out _, out var written) == OperationStatus.Done
        && written == DigestBytes;

    private static int WriteUInt64(Span<byte> destination, long value)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, (ulong)value);
        return sizeof(ulong);
    }
}
