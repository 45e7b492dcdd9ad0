using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// A secp256k1 wallet key that signs as <c>personal_sign</c> does (EIP-191): deterministic nonces
/// (RFC 6979), low s, and <c>v</c> in {27, 28}, so the same key and message give the signature ethers
/// gives. For tests and demonstrations: the private key is held in memory in the clear.
/// </summary>
public sealed class WalletSigner
{
    private const int ScalarSize = 32;

    private static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    private static readonly ECDomainParameters Domain = new(Curve.Curve, Curve.G, Curve.N, Curve.H);
    private static readonly BigInteger HalfOrder = Curve.N.ShiftRight(1);

    private readonly ECPrivateKeyParameters _privateKey;

    private WalletSigner(BigInteger d)
    {
        _privateKey = new ECPrivateKeyParameters(d, Domain);
        var publicKey = Curve.G.Multiply(d).Normalize().GetEncoded(compressed: false);

        // The address is the last 20 bytes of the hash of x || y (the encoding without its 0x04 tag).
        Address = EvmAddress.FromBytes(Keccak256.Hash(publicKey.AsSpan(1))[^EvmAddress.SizeInBytes..]);
    }

    public EvmAddress Address { get; }

    /// <summary>The private key as <c>0x</c> and 64 lowercase hex digits, the form wallets import.</summary>
    public string PrivateKeyHex => "0x" + Convert.ToHexStringLower(ToScalarBytes(_privateKey.D));

    /// <summary>A new key from the system's cryptographic random number generator.</summary>
    public static WalletSigner Create()
    {
        Span<byte> bytes = stackalloc byte[ScalarSize];
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            if (TryCreate(bytes, out var signer))
            {
                return signer;
            }
        }
    }

    /// <summary>Reads a private key written <c>0x</c> and 64 hex digits; false unless it is a valid secp256k1 key.</summary>
    public static bool TryParse([NotNullWhen(true)] string? privateKeyHex, [NotNullWhen(true)] out WalletSigner? signer)
    {
        signer = null;
        Span<byte> bytes = stackalloc byte[ScalarSize];
        return privateKeyHex is not null
            && PrefixedHex.TryDecode(privateKeyHex, bytes, out var length)
            && length == ScalarSize
            && TryCreate(bytes, out signer);
    }

    /// <summary>The <c>0x</c>-hex 65-byte <c>r || s || v</c> signature of the UTF-8 <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">The message holds a lone surrogate and so has no UTF-8 form.</exception>
    public string SignPersonalMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Span<byte> hash = stackalloc byte[MessageHash.HashSizeInBytes];
        if (!MessageHash.TryPersonalSign(message, hash))
        {
            throw new ArgumentException("The message holds a lone surrogate and cannot be encoded as UTF-8.", nameof(message));
        }

        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        signer.Init(forSigning: true, _privateKey);
        var rs = signer.GenerateSignature(hash.ToArray());
        var s = rs[1].CompareTo(HalfOrder) > 0 ? Curve.N.Subtract(rs[1]) : rs[1];

        var signature = new byte[WalletSignature.SizeInBytes];
        ToScalarBytes(rs[0]).CopyTo(signature, 0);
        ToScalarBytes(s).CopyTo(signature, ScalarSize);
        signature[64] = (byte)(27 + RecoveryId(hash, signature));
        return "0x" + Convert.ToHexStringLower(signature);
    }

    /// <summary>
    /// The parity of R's y. The signer does not return R itself, so the id is the one whose recovered key is this
    /// one; one of the two always is.
    /// </summary>
    private int RecoveryId(ReadOnlySpan<byte> hash, ReadOnlySpan<byte> signature)
    {
        Span<byte> expected = stackalloc byte[EvmAddress.SizeInBytes];
        Address.CopyTo(expected);
        Span<byte> recovered = stackalloc byte[EvmAddress.SizeInBytes];
        for (var id = 0; id < 2; id++)
        {
            if (Secp256k1Recovery.TryRecoverAddress(hash, signature[..ScalarSize], signature[ScalarSize..64], id, recovered)
                && recovered.SequenceEqual(expected))
            {
                return id;
            }
        }

        throw new CryptographicException("No recovery id reproduces the signing key.");
    }

    private static bool TryCreate(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out WalletSigner? signer)
    {
        var d = new BigInteger(1, bytes.ToArray());
        signer = d.SignValue > 0 && d.CompareTo(Curve.N) < 0 ? new WalletSigner(d) : null;
        return signer is not null;
    }

    private static byte[] ToScalarBytes(BigInteger value)
    {
        var unsigned = value.ToByteArrayUnsigned();
        var bytes = new byte[ScalarSize];
        unsigned.CopyTo(bytes, ScalarSize - unsigned.Length);
        return bytes;
    }
}
