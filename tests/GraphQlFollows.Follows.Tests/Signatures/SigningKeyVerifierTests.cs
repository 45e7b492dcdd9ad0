using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class SigningKeyVerifierTests
{
    public static TheoryData<string> VectorNames => SignatureVectors.NamesOf(SignatureVectors.SigningKeySignatures);

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Verifies_like_WebCrypto(string name)
    {
        var vector = SignatureVectors.Named(SignatureVectors.SigningKeySignatures, name);
        Assert.True(SigningKey.TryParse(vector.SigningKey, out var key));

        var verified = new SigningKeyVerifier().Verify(key, vector.Message, vector.Signature);

        Assert.Equal(vector.Valid, verified);
    }

    [Fact]
    public void Rejects_a_null_signature_and_a_message_that_is_not_valid_unicode()
    {
        var vector = SignatureVectors.SigningKeySignatures.First(v => v.Valid);
        Assert.True(SigningKey.TryParse(vector.SigningKey, out var key));
        var verifier = new SigningKeyVerifier();

        Assert.False(verifier.Verify(key, vector.Message, null!));
        Assert.False(verifier.Verify(key, vector.Message + "\uDC00", vector.Signature));
    }

    [Fact]
    public void Verifies_concurrently_while_keys_are_evicted()
    {
        // A cache of one key with two keys in use evicts on nearly every call, while other threads hold instances.
        var vectors = SignatureVectors.SigningKeySignatures
            .Select(vector => (Vector: vector, Key: ParseKey(vector.SigningKey)))
            .ToArray();
        Assert.True(vectors.Select(v => v.Key).Distinct().Count() > 1);
        var verifier = new SigningKeyVerifier(capacity: 1);

        var wrongVerdicts = 0;
        Parallel.For(0, 2_000, i =>
        {
            var (vector, key) = vectors[i % vectors.Length];
            if (verifier.Verify(key, vector.Message, vector.Signature) != vector.Valid)
            {
                Interlocked.Increment(ref wrongVerdicts);
            }
        });

        Assert.Equal(0, wrongVerdicts);
    }

    private static SigningKey ParseKey(string text) =>
        SigningKey.TryParse(text, out var key) ? key : throw new InvalidDataException($"Vector key {text} does not parse.");
}
