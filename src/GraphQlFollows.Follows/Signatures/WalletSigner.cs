using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Nethereum.Signer;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// A secp256k1 wallet key that signs as <c>personal_sign</c> does (EIP-191), with Nethereum's
/// <see cref="EthECKey"/>: deterministic nonces (RFC 6979), low s, and <c>v</c> in {27, 28}, so the same key and
/// message give the signature ethers gives. For tests and demonstrations: the private key is held in
/// memory in the clear.
/// </summary>
public sealed class WalletSigner
{
    private readonly byte[] _privateKey;
    private readonly EthECKey _key;

    // Finding v recovers the key, with the implementation WalletSignature's constructor chooses.
    static WalletSigner() => RuntimeHelpers.RunClassConstructor(typeof(WalletSignature).TypeHandle);

    private WalletSigner(byte[] privateKey)
    {
        _privateKey = privateKey;
        _key = new EthECKey(privateKey, isPrivate: true);
        Address = EvmAddress.FromBytes(_key.GetPublicAddressAsBytes());
    }

    public EvmAddress Address { get; }

    /// <summary>The private key as <c>0x</c> and 64 lowercase hex digits, the form wallets import.</summary>
    public string PrivateKeyHex => "0x" + Convert.ToHexStringLower(_privateKey);

    /// <summary>A new key from the system's cryptographic random number generator.</summary>
    public static WalletSigner Create()
    {
        var bytes = new byte[CurveScalars.SizeInBytes];
        do
        {
            RandomNumberGenerator.Fill(bytes);
        }
        while (!CurveScalars.IsInRange(bytes));

        return new WalletSigner(bytes);
    }

    /// <summary>Reads a private key written <c>0x</c> and 64 hex digits; false unless it is a valid secp256k1 key.</summary>
    public static bool TryParse([NotNullWhen(true)] string? privateKeyHex, [NotNullWhen(true)] out WalletSigner? signer)
    {
        signer = null;
        var bytes = new byte[CurveScalars.SizeInBytes];
        if (privateKeyHex is null
            || !PrefixedHex.TryDecode(privateKeyHex, bytes, out var length)
            || length != bytes.Length
            || !CurveScalars.IsInRange(bytes))
        {
            return false;
        }

        signer = new WalletSigner(bytes);
        return true;
    }

    /// <summary>The <c>0x</c>-hex 65-byte <c>r || s || v</c> signature of the UTF-8 <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">The message holds a lone surrogate and so has no UTF-8 form.</exception>
    public string SignPersonalMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MessageHash.TryPersonalSign(message, out var hash))
        {
            throw new ArgumentException("The message holds a lone surrogate and cannot be encoded as UTF-8.", nameof(message));
        }

        // EthECKey.Sign (BouncyCastle) rather than EthereumMessageSigner.Sign: with SignRecoverable set, the latter
        // signs with NBitcoin.Secp256k1 from the key's bytes stripped of leading zeros, and so throws for the one key
        // in 256 whose first byte is zero. Sign gives r and a low s; v is the recovery id that gives this key back.
        var signature = _key.Sign(hash);
        signature.V = [(byte)(27 + RecoveryId(hash, signature))];
        return EthECDSASignature.CreateStringSignature(signature);
    }

    private int RecoveryId(byte[] hash, EthECDSASignature signature)
    {
        Span<byte> expected = stackalloc byte[EvmAddress.SizeInBytes];
        Address.CopyTo(expected);
        for (var id = 0; id < 2; id++)
        {
            if (EthECKey.RecoverFromSignature(signature, id, hash).GetPublicAddressAsBytes().AsSpan().SequenceEqual(expected))
            {
                return id;
            }
        }

        throw new CryptographicException("No recovery id gives the signing key back.");
    }
}
