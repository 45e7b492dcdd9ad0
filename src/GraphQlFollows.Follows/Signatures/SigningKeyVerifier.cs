using System.Security.Cryptography;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Verifies signing-key signatures: ECDSA P-256 with SHA-256 over the UTF-8 message. The signature is
/// <c>0x</c> and the hex of either the 64-byte IEEE P1363 <c>r || s</c> that WebCrypto produces or its
/// DER (ASN.1) form. Safe to use from many threads at once.
/// </summary>
public sealed class SigningKeyVerifier
{
    public const int DefaultCapacity = 4_096;

    private const int P1363Length = 64;

    // SEQUENCE of two INTEGERs of at most 33 bytes each.
    private const int MaxDerLength = 72;

    // Importing a key costs about as much as verifying with it, so imported keys are kept, per key a small
    // pool: one instance is not documented as safe to share between threads.
    private readonly BoundedCache<EcdsaPool> _pools;

    /// <param name="capacity">How many keys to keep imported.</param>
    public SigningKeyVerifier(int capacity = DefaultCapacity)
    {
        _pools = new BoundedCache<EcdsaPool>(capacity, static pool => pool.Dispose());
    }

    public bool Verify(SigningKey key, string message, string signatureHex)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        Span<byte> signature = stackalloc byte[MaxDerLength];
        if (signatureHex is null || !PrefixedHex.TryDecode(signatureHex, signature, out var length))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[MessageHash.HashSizeInBytes];
        if (!MessageHash.TrySha256(message, hash))
        {
            return false;
        }

        var format = length == P1363Length
            ? DSASignatureFormat.IeeeP1363FixedFieldConcatenation
            : DSASignatureFormat.Rfc3279DerSequence;
        var pool = PoolFor(key);
        var ecdsa = pool.Rent();
        try
        {
            return ecdsa.VerifyHash(hash, signature[..length], format);
        }
        finally
        {
            pool.Return(ecdsa);
        }
    }

    private EcdsaPool PoolFor(SigningKey key) =>
        _pools.TryGetValue(key.Text, out var pool) ? pool : _pools.GetOrAdd(key.Text, new EcdsaPool(key));
}
