using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class SigningKeyTests
{
    public static TheoryData<string> VectorNames => SignatureVectors.NamesOf(SignatureVectors.SigningKeys);

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Accepts_only_P256_keys(string name)
    {
        var vector = SignatureVectors.Named(SignatureVectors.SigningKeys, name);

        var parsed = SigningKey.TryParse(vector.Text, out var key);

        Assert.Equal(vector.Valid, parsed);
        if (parsed)
        {
            Assert.Equal(vector.Canonical, key!.Text);
            Assert.Equal(Convert.FromBase64String(vector.Canonical!), key.SubjectPublicKeyInfo.ToArray());
        }
    }

    [Fact]
    public void Rejects_null_and_overlong_text()
    {
        var canonical = ValidKeyText();

        Assert.False(SigningKey.TryParse(null, out _));
        Assert.False(SigningKey.TryParse(canonical + new string(' ', 1_000), out _));
    }

    [Fact]
    public void Equal_when_the_key_is_the_same_however_encoded()
    {
        var wrapped = SignatureVectors.Named(SignatureVectors.SigningKeys, "line-wrapped base64");
        var other = SignatureVectors.Named(SignatureVectors.SigningKeys, "another WebCrypto P-256");

        Assert.True(SigningKey.TryParse(wrapped.Text, out var fromWrapped));
        Assert.True(SigningKey.TryParse(wrapped.Canonical, out var fromCanonical));
        Assert.True(SigningKey.TryParse(other.Text, out var otherKey));

        Assert.Equal(fromCanonical, fromWrapped);
        Assert.Equal(fromCanonical.GetHashCode(), fromWrapped.GetHashCode());
        Assert.NotEqual(fromCanonical, otherKey);
    }

    [Fact]
    public void Parses_the_same_text_to_the_same_key_again()
    {
        var text = ValidKeyText();

        Assert.True(SigningKey.TryParse(text, out var first));
        Assert.True(SigningKey.TryParse(text, out var second));

        Assert.Equal(first, second);
        Assert.Equal(text, second.ToString());
    }

    [Fact]
    public void A_P256_key_whose_curve_OID_was_altered_is_no_key_whatever_the_platform_makes_of_the_curve()
    {
        var spki = Convert.FromBase64String(ValidKeyText());
        ReadOnlySpan<byte> p256 = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07];
        var oid = spki.AsSpan().IndexOf(p256);
        Assert.True(oid > 0);
        var refused = 0;
        // Every value of each byte of the curve's OID: unknown curves, other named curves, and broken encodings.
        for (var index = oid; index < oid + p256.Length; index++)
        {
            for (var value = 0; value < 256; value++)
            {
                var altered = (byte[])spki.Clone();
                altered[index] = (byte)value;
                if (altered.AsSpan().SequenceEqual(spki))
                {
                    continue;
                }
                Assert.False(SigningKey.TryParse(Convert.ToBase64String(altered), out _));
                refused++;
            }
        }
        Assert.Equal(p256.Length * 255, refused);
    }

    private static string ValidKeyText() => SignatureVectors.Named(SignatureVectors.SigningKeys, "WebCrypto P-256").Text;
}
