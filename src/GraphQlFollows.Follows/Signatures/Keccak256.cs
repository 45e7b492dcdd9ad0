using Org.BouncyCastle.Crypto.Digests;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Keccak-256 as Ethereum uses it: the original Keccak padding, not the NIST SHA3-256 one,
/// so the two give different hashes of the same input.
/// </summary>
public static class Keccak256
{
    public const int HashSizeInBytes = 32;

    // The digest only takes arrays; one digest and one input chunk per thread keep hashing
    // free of allocations and safe under concurrency.
    private const int ChunkSize = 256;

    [ThreadStatic] private static KeccakDigest? t_digest;
    [ThreadStatic] private static byte[]? t_chunk;

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var hash = new byte[HashSizeInBytes];
        Hash(data, hash);
        return hash;
    }

    /// <summary>Writes the 32-byte hash of <paramref name="data"/> to <paramref name="destination"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination) =>
        Hash(data, ReadOnlySpan<byte>.Empty, destination);

    /// <summary>Hashes the concatenation of <paramref name="first"/> and <paramref name="second"/> without copying them together.</summary>
    internal static void Hash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
    {
        if (destination.Length < HashSizeInBytes)
        {
            throw new ArgumentException("The destination is shorter than a Keccak-256 hash.", nameof(destination));
        }

        var digest = t_digest ??= new KeccakDigest(256);
        var chunk = t_chunk ??= new byte[ChunkSize];
        Update(digest, chunk, first);
        Update(digest, chunk, second);

        // DoFinal also resets the digest for the next hash on this thread.
        digest.DoFinal(chunk, 0);
        chunk.AsSpan(0, HashSizeInBytes).CopyTo(destination);
    }

    private static void Update(KeccakDigest digest, byte[] chunk, ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var length = Math.Min(data.Length, ChunkSize);
            data[..length].CopyTo(chunk);
            digest.BlockUpdate(chunk, 0, length);
            data = data[length..];
        }
    }
}
