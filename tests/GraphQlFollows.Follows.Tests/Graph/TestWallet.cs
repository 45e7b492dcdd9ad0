using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>A fresh secp256k1 wallet that signs as <c>personal_sign</c> does (EIP-191, low s, v in {27, 28}).</summary>
public sealed class TestWallet
{
    private readonly WalletSigner _signer = WalletSigner.Create();

    public EvmAddress Address => _signer.Address;

    /// <summary>The checksummed address, as wallets show it.</summary>
    public string Text => Address.ToChecksumString();

    public string Sign(string message) => _signer.SignPersonalMessage(message);
}
