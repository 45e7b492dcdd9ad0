using Nethereum.Signer;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Wallet signatures: EIP-191 <c>personal_sign</c> over the UTF-8 message on secp256k1, as
/// <c>ethers.Wallet.signMessage</c>, viem <c>signMessage</c> and MetaMask produce them. The text
/// is <c>0x</c> and the hex of the 65 bytes <c>r || s || v</c>, with <c>v</c> in {27, 28} or {0, 1}.
/// Hashing and recovery are Nethereum's; the contract's checks, stricter than Nethereum's, run first.
/// </summary>
public static class WalletSignature
{
    public const int SizeInBytes = 65;

    private const int ScalarSize = CurveScalars.SizeInBytes;

    /// <summary>
    /// Nethereum recovers with BouncyCastle unless <see cref="EthECKey.SignRecoverable"/> is set, and then with
    /// NBitcoin.Secp256k1: about 6,700 verifications a second on one core instead of 1,060 (BENCHMARKS.md), and
    /// 8.4 KB allocated per call instead of 2.4 MB, which a server verifying under load would hand to its garbage
    /// collector. Both recover the same key, so the faster one is taken. The flag is process-wide: it is set here,
    /// before this class recovers anything, and <see cref="WalletSigner"/> runs this constructor before it recovers.
    /// </summary>
    static WalletSignature() => EthECKey.SignRecoverable = true;

    /// <summary>
    /// Recovers the address whose key signed <paramref name="message"/>. False when the signature is
    /// malformed, not canonical (high s), or matches no key.
    /// </summary>
    public static bool TryRecoverSigner(string message, string signatureHex, out EvmAddress signer)
    {
        signer = default;
        Span<byte> address = stackalloc byte[EvmAddress.SizeInBytes];
        if (!TryRecoverSignerBytes(message, signatureHex, address))
        {
            return false;
        }

        signer = EvmAddress.FromBytes(address);
        return true;
    }

    /// <summary>True when <paramref name="signatureHex"/> is a signature of <paramref name="message"/> by <paramref name="claimed"/>.</summary>
    public static bool Verify(string message, string signatureHex, EvmAddress claimed)
    {
        Span<byte> recovered = stackalloc byte[EvmAddress.SizeInBytes];
        if (!TryRecoverSignerBytes(message, signatureHex, recovered))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[EvmAddress.SizeInBytes];
        claimed.CopyTo(expected);
        return recovered.SequenceEqual(expected);
    }

    private static bool TryRecoverSignerBytes(string message, string signatureHex, Span<byte> address)
    {
        ArgumentNullException.ThrowIfNull(message);
        Span<byte> signature = stackalloc byte[SizeInBytes];
        if (signatureHex is null
            || !PrefixedHex.TryDecode(signatureHex, signature, out var length)
            || length != SizeInBytes
            || !TryRecoveryId(signature[64], out var recoveryId)
            || !CurveScalars.IsInRange(signature[..ScalarSize])
            || !CurveScalars.IsLowS(signature[ScalarSize..(2 * ScalarSize)])
            || !MessageHash.TryPersonalSign(message, out var hash))
        {
            return false;
        }

        return TryRecover(hash, signature, recoveryId, address);
    }

    /// <summary>
    /// Nethereum signals an r that is no point's x, or a key that cannot be recovered, by throwing whatever
    /// its code happens to reach (NullReferenceException among others), so every exception is a refusal here.
    /// </summary>
    private static bool TryRecover(byte[] hash, ReadOnlySpan<byte> signature, int recoveryId, Span<byte> address)
    {
        byte[] recovered;
        try
        {
            var rs = EthECDSASignatureFactory.FromComponents(
                signature[..ScalarSize].ToArray(), signature[ScalarSize..(2 * ScalarSize)].ToArray());
            recovered = EthECKey.RecoverFromSignature(rs, recoveryId, hash).GetPublicAddressAsBytes();
        }
        catch (Exception)
        {
            return false;
        }

        if (recovered.Length != EvmAddress.SizeInBytes)
        {
            return false;
        }

        recovered.CopyTo(address);
        return true;
    }

    /// <summary>
    /// Ethereum writes the recovery id (the parity of R's y) as 27/28; some signers send it raw as 0/1. Nethereum
    /// would also take 29 to 34, which no wallet signature carries.
    /// </summary>
    private static bool TryRecoveryId(byte v, out int recoveryId)
    {
        recoveryId = v switch
        {
            0 or 27 => 0,
            1 or 28 => 1,
            _ => -1,
        };
        return recoveryId >= 0;
    }
}
