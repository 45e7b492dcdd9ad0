using System.Security.Cryptography;
using System.Text;
using GraphQlFollows.Follows.Signatures;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>A secp256k1 wallet that signs as <c>personal_sign</c> does (EIP-191, low s, v in {27, 28}).</summary>
public sealed class TestWallet
{
    private static readonly ECDomainParameters Secp256k1 = CreateDomain();

    private readonly ECPrivateKeyParameters _privateKey;

    public TestWallet()
    {
        var d = new BigInteger(1, RandomNumberGenerator.GetBytes(32)).Mod(Secp256k1.N.Subtract(BigInteger.One)).Add(BigInteger.One);
        _privateKey = new ECPrivateKeyParameters(d, Secp256k1);
        var publicKey = Secp256k1.G.Multiply(d).Normalize().GetEncoded(false);
        Address = EvmAddress.FromBytes(Keccak256.Hash(publicKey.AsSpan(1))[12..]);
    }

    public EvmAddress Address { get; }

    /// <summary>The checksummed address, as wallets show it.</summary>
    public string Text => Address.ToChecksumString();

    public string Sign(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var prefix = Encoding.UTF8.GetBytes($"\u0019Ethereum Signed Message:\n{body.Length}");
        var hash = Keccak256.Hash([.. prefix, .. body]);
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        signer.Init(true, _privateKey);
        var rs = signer.GenerateSignature(hash);
        var s = rs[1].CompareTo(Secp256k1.N.ShiftRight(1)) > 0 ? Secp256k1.N.Subtract(rs[1]) : rs[1];
        var signature = new byte[65];
        rs[0].ToByteArrayUnsigned().CopyTo(signature, 32 - rs[0].ToByteArrayUnsigned().Length);
        s.ToByteArrayUnsigned().CopyTo(signature, 64 - s.ToByteArrayUnsigned().Length);
        foreach (byte v in new[] { 27, 28 })
        {
            signature[64] = v;
            var text = "0x" + Convert.ToHexStringLower(signature);
            if (WalletSignature.TryRecoverSigner(message, text, out var signer2) && signer2 == Address)
            {
                return text;
            }
        }
        throw new InvalidOperationException("No recovery id reproduces the signer.");
    }

    private static ECDomainParameters CreateDomain()
    {
        var curve = SecNamedCurves.GetByName("secp256k1");
        return new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
    }
}
