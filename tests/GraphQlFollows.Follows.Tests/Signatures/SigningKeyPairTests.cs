using System.Security.Cryptography;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class SigningKeyPairTests
{
    private readonly SigningKeyVerifier _verifier = new();

    [Fact]
    public void Signs_in_the_form_webcrypto_gives_and_the_verifier_accepts()
    {
        using var pair = SigningKeyPair.Create();

        var signature = pair.Sign("""{"op":"follow"}""");

        Assert.Equal(2 + 2 * 64, signature.Length);
        Assert.True(_verifier.Verify(pair.PublicKey, """{"op":"follow"}""", signature));
        Assert.False(_verifier.Verify(pair.PublicKey, """{"op":"unfollow"}""", signature));
        Assert.True(_verifier.Verify(pair.PublicKey, "x", pair.Sign("x", DSASignatureFormat.Rfc3279DerSequence)));
    }

    [Fact]
    public void Reads_back_its_pkcs8_export()
    {
        using var pair = SigningKeyPair.Create();

        Assert.True(SigningKeyPair.TryImportPkcs8(pair.ExportPkcs8(), out var copy));
        using (copy)
        {
            Assert.Equal(pair.PublicKey, copy.PublicKey);
            Assert.True(_verifier.Verify(pair.PublicKey, "m", copy.Sign("m")));
        }
    }

    [Fact]
    public void Refuses_what_is_not_a_p256_private_key()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var rsa = RSA.Create(2048);

        Assert.False(SigningKeyPair.TryImportPkcs8(null, out _));
        Assert.False(SigningKeyPair.TryImportPkcs8("not base64!", out _));
        Assert.False(SigningKeyPair.TryImportPkcs8(Convert.ToBase64String(p384.ExportPkcs8PrivateKey()), out _));
        Assert.False(SigningKeyPair.TryImportPkcs8(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()), out _));
    }
}
