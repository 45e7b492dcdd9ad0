using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Public-key recovery from an ECDSA signature on secp256k1 (SEC 1 v2, section 4.1.6), then the
/// Ethereum address of the key: the last 20 bytes of the Keccak-256 hash of its uncompressed point.
/// </summary>
internal static class Secp256k1Recovery
{
    private const int ScalarSize = 32;

    private static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    private static readonly BigInteger Order = Curve.N;
    private static readonly BigInteger HalfOrder = Curve.N.ShiftRight(1);

    /// <summary>
    /// Writes the address of the key that made the signature (<paramref name="r"/>, <paramref name="s"/>)
    /// of <paramref name="hash"/>. Only canonical signatures are taken: r and s in [1, n-1], s at most n/2
    /// (each signature has a twin with s' = n - s; allowing both would make signatures malleable).
    /// </summary>
    public static bool TryRecoverAddress(
        ReadOnlySpan<byte> hash, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int recoveryId, Span<byte> address)
    {
        var rValue = ToBigInteger(r);
        var sValue = ToBigInteger(s);
        if (rValue.SignValue == 0 || rValue.CompareTo(Order) >= 0
            || sValue.SignValue == 0 || sValue.CompareTo(HalfOrder) > 0)
        {
            return false;
        }

        if (!TryDecompress(r, recoveryId, out var point))
        {
            return false;
        }

        // Q = r^-1 (s R - e G), computed as one double multiplication.
        var e = ToBigInteger(hash);
        var rInverse = rValue.ModInverse(Order);
        var u1 = e.Negate().Multiply(rInverse).Mod(Order);
        var u2 = sValue.Multiply(rInverse).Mod(Order);
        var publicKey = ECAlgorithms.SumOfTwoMultiplies(Curve.G, u1, point, u2).Normalize();
        if (publicKey.IsInfinity)
        {
            return false;
        }

        WriteAddress(publicKey, address);
        return true;
    }

    /// <summary>
    /// The point R whose x is r and whose y has the parity the recovery id gives. Ids 2 and 3 (x = r + n)
    /// are not needed: Ethereum's v only carries ids 0 and 1.
    /// </summary>
    private static bool TryDecompress(ReadOnlySpan<byte> r, int recoveryId, out ECPoint point)
    {
        var encoded = new byte[1 + ScalarSize];
        encoded[0] = (byte)(recoveryId == 0 ? 0x02 : 0x03);
        r.CopyTo(encoded.AsSpan(1));
        try
        {
            point = Curve.Curve.DecodePoint(encoded);
            return true;
        }
        catch (ArgumentException)
        {
            // r is not the x of any point on the curve.
            point = Curve.Curve.Infinity;
            return false;
        }
    }

    private static void WriteAddress(ECPoint publicKey, Span<byte> address)
    {
        // The uncompressed encoding is 0x04 || x || y; the address hashes x || y.
        var encoded = publicKey.GetEncoded(compressed: false);
        Span<byte> hash = stackalloc byte[Keccak256.HashSizeInBytes];
        Keccak256.Hash(encoded.AsSpan(1), hash);
        hash[^EvmAddress.SizeInBytes..].CopyTo(address);
    }

    private static BigInteger ToBigInteger(ReadOnlySpan<byte> bigEndian) => new(1, bigEndian.ToArray());
}
