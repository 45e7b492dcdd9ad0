using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class WalletSignatureTests
{
    public static TheoryData<string> VectorNames => SignatureVectors.NamesOf(SignatureVectors.WalletSignatures);

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Verifies_like_ethers(string name)
    {
        var vector = SignatureVectors.Named(SignatureVectors.WalletSignatures, name);

        var verified = WalletSignature.Verify(vector.Message, vector.Signature, EvmAddress.Parse(vector.ClaimedAddress));

        Assert.Equal(vector.Valid, verified);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Recovers_the_signer_ethers_recovers(string name)
    {
        var vector = SignatureVectors.Named(SignatureVectors.WalletSignatures, name);

        var recovered = WalletSignature.TryRecoverSigner(vector.Message, vector.Signature, out var signer);

        Assert.Equal(vector.RecoveredAddress is not null, recovered);
        if (recovered)
        {
            Assert.Equal(vector.RecoveredAddress, signer.ToChecksumString());
        }
    }

    [Fact]
    public void Rejects_a_null_signature()
    {
        var signer = SignatureVectors.WalletSignatures[0];

        Assert.False(WalletSignature.Verify(signer.Message, null!, EvmAddress.Parse(signer.ClaimedAddress)));
    }

    [Fact]
    public void Rejects_a_message_that_is_not_valid_unicode()
    {
        // A lone surrogate has no UTF-8 form; it must not be verified as if it were U+FFFD.
        var vector = SignatureVectors.WalletSignatures[0];

        Assert.False(WalletSignature.TryRecoverSigner(vector.Message + "\uD800", vector.Signature, out _));
    }

    [Fact]
    public void Verifies_concurrently()
    {
        var valid = SignatureVectors.WalletSignatures.Where(vector => vector.Valid).ToArray();

        var failures = 0;
        Parallel.For(0, 200, i =>
        {
            var vector = valid[i % valid.Length];
            if (!WalletSignature.Verify(vector.Message, vector.Signature, EvmAddress.Parse(vector.ClaimedAddress)))
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
