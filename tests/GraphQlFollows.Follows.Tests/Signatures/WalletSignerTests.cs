using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class WalletSignerTests
{
    // A well-known development key (the first account of Hardhat and Anvil) and the signatures
    // ethers 6.17 `new Wallet(key).signMessage(message)` gives with it.
    private const string DevelopmentKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string DevelopmentAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    public static TheoryData<string, string> EthersSignatures => new()
    {
        { "hello", "0xf16ea9a3478698f695fd1401bfe27e9e4a7e8e3da94aa72b021125e31fa899cc573c48ea3fe1d4ab61a9db10c19032026e3ed2dbccba5a178235ac27f94504311c" },
        { "I authorize CyberConnect from this device using signing key:\nMFkw", "0x358ef34326b509aa7839ca182f92fff6a1cc7ee968aa7144187cdc643dcea8042a8d311248c9f3f518191050cb32b9cd7d8d4928aa30f345c396feedfb8a0ce81c" },
        { """{"op":"createProfile","address":"x","handle":"alice","ts":1}""", "0xec7308b1db5840fd8d508a0d414487dff1c69304cd0643d3c5d68215ce36077379a0533874840a87d7591b69582d14f865b628008b1f83068a7c60c895a47d261b" },
        { "héllo ✓", "0x7b2c6bb34ec69fd5f66c802d7300a2a8205700e233478bbd197f91f39e9c4d9916c7430ee22270314a07105c2a807130e3dc8f1a74b186e863c49cdd977a7fbf1b" },
    };

    [Theory]
    [MemberData(nameof(EthersSignatures))]
    public void Signs_exactly_as_ethers(string message, string expected)
    {
        Assert.True(WalletSigner.TryParse(DevelopmentKey, out var signer));

        Assert.Equal(DevelopmentAddress, signer.Address.ToChecksumString());
        Assert.Equal(expected, signer.SignPersonalMessage(message));
    }

    // Keys below 2^248 have a zero first byte, which a big-integer round trip would drop; ethers 6.17 signs "hello" so.
    [Theory]
    [InlineData("0x00e4d2a9c1b0f3a85c7d6e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b", "0xbe6de3f64728b99fad67b88365bD99BBbDfa15fF", "0x79ba2c7d959433e62e8e4c49a3ac662720504887c25fc380a4ed379fac9659357bd6d9db4101aa31f0cc948b8af78800e61156a2b3a242ae7438eb61cb2651271c")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000001", "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf", "0xe5ddc160e4c8f92de507c7db9b982d4f9b7197bfa421864aeadc586bc96b09ae0ba0c5b131650ae4994cff1839341d00f3735ef5abc62ac8fe2cf50f65208e2a1b")]
    public void Signs_with_a_key_that_starts_with_zero_bytes_as_ethers(string key, string address, string expected)
    {
        Assert.True(WalletSigner.TryParse(key, out var signer));

        Assert.Equal(address, signer.Address.ToChecksumString());
        Assert.Equal(key, signer.PrivateKeyHex);
        Assert.Equal(expected, signer.SignPersonalMessage("hello"));
    }

    [Fact]
    public void A_new_key_signs_what_the_verifier_accepts_and_reads_back_from_its_hex()
    {
        var signer = WalletSigner.Create();
        var signatures = Enumerable.Range(0, 8).Select(i => signer.SignPersonalMessage($"message {i}")).ToList();

        Assert.All(signatures, (signature, i) => Assert.True(WalletSignature.Verify($"message {i}", signature, signer.Address)));
        Assert.Contains(signatures, signature => signature.EndsWith("1b", StringComparison.Ordinal) || signature.EndsWith("1c", StringComparison.Ordinal));
        Assert.True(WalletSigner.TryParse(signer.PrivateKeyHex, out var copy));
        Assert.Equal(signer.Address, copy.Address);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")]
    [InlineData("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")] // the group order
    [InlineData("0xzz0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")]
    public void Refuses_what_is_not_a_private_key(string? text)
    {
        Assert.False(WalletSigner.TryParse(text, out _));
    }

    [Fact]
    public void Refuses_a_message_without_a_utf8_form()
    {
        var signer = WalletSigner.Create();

        Assert.Throws<ArgumentException>(() => signer.SignPersonalMessage("lone \ud800"));
    }
}
