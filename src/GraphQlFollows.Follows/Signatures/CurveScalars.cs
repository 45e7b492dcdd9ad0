using Nethereum.Signer.Crypto;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Range checks on secp256k1 scalars written as 32 bytes big-endian, against the group order n that Nethereum
/// gives. They run before a scalar reaches Nethereum, which accepts some values the contract refuses (a high s)
/// and throws on others.
/// </summary>
internal static class CurveScalars
{
    public const int SizeInBytes = 32;

    private static readonly byte[] Order = ToBytes(ECKey.CURVE_ORDER);
    private static readonly byte[] HalfOrder = ToBytes(ECKey.HALF_CURVE_ORDER);

    /// <summary>True for a scalar in [1, n - 1]: a private key, or a signature's r.</summary>
    public static bool IsInRange(ReadOnlySpan<byte> scalar) =>
        IsNonZero(scalar) && scalar.SequenceCompareTo(Order) < 0;

    /// <summary>
    /// True for a signature's s in [1, n/2]. Every signature has a twin with s' = n - s; taking only the low one
    /// keeps signatures from being malleable, as Ethereum does since EIP-2.
    /// </summary>
    public static bool IsLowS(ReadOnlySpan<byte> scalar) =>
        IsNonZero(scalar) && scalar.SequenceCompareTo(HalfOrder) <= 0;

    // Equal lengths make the byte-wise comparison a numeric one.
    private static bool IsNonZero(ReadOnlySpan<byte> scalar) =>
        scalar.Length == SizeInBytes && scalar.ContainsAnyExcept((byte)0);

    private static byte[] ToBytes(Org.BouncyCastle.Math.BigInteger value)
    {
        var unsigned = value.ToByteArrayUnsigned();
        var bytes = new byte[SizeInBytes];
        unsigned.CopyTo(bytes, SizeInBytes - unsigned.Length);
        return bytes;
    }
}
