namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Wallet signatures: EIP-191 <c>personal_sign</c> over the UTF-8 message on secp256k1, as
/// <c>ethers.Wallet.signMessage</c>, viem <c>signMessage</c> and MetaMask produce them. The text
/// is <c>0x</c> and the hex of the 65 bytes <c>r || s || v</c>, with <c>v</c> in {27, 28} or {0, 1}.
/// </summary>
public static class WalletSignature
{
    public const int SizeInBytes = 65;

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
            || !TryRecoveryId(signature[64], out var recoveryId))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[MessageHash.HashSizeInBytes];
        return MessageHash.TryPersonalSign(message, hash)
            && Secp256k1Recovery.TryRecoverAddress(hash, signature[..32], signature[32..64], recoveryId, address);
    }

    /// <summary>Ethereum writes the recovery id (the parity of R's y) as 27/28; some signers send it raw as 0/1.</summary>
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
