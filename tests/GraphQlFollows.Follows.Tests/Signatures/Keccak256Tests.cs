using System.Text;
using GraphQlFollows.Follows.Signatures;
using Nethereum.Util;

namespace GraphQlFollows.Follows.Tests.Signatures;

/// <summary>The Keccak-256 the operation log's digests and EIP-55 checksums rest on, against ethers and Nethereum.</summary>
public class Keccak256Tests
{
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Hashes_known_answers(string input, string expectedHex)
    {
        var hash = Keccak256.Hash(Encoding.ASCII.GetBytes(input));

        Assert.Equal(expectedHex, Convert.ToHexStringLower(hash));
    }

    public static TheoryData<string> VectorNames => SignatureVectors.NamesOf(SignatureVectors.Keccak256);

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Hashes_like_ethers(string name)
    {
        var vector = SignatureVectors.Named(SignatureVectors.Keccak256, name);

        var hash = Keccak256.Hash(Convert.FromHexString(vector.Data.AsSpan(2)));

        Assert.Equal(vector.Hash, "0x" + Convert.ToHexStringLower(hash));
    }

    // Every length from empty to past three blocks of the 136-byte rate: the padding lands in every position of a
    // block, and on a block of its own when the data fills one exactly.
    [Fact]
    public void Hashes_every_length_like_Nethereum()
    {
        var random = new Random(20261207);
        for (var length = 0; length <= 3 * 136 + 1; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);

            Assert.Equal(Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(data)), Convert.ToHexStringLower(Keccak256.Hash(data)));
        }
    }

    [Fact]
    public void Gives_the_same_hashes_on_concurrent_threads()
    {
        var inputs = Enumerable.Range(0, 64).Select(i => Encoding.UTF8.GetBytes(new string('q', i * 13))).ToArray();
        var expected = inputs.Select(input => Keccak256.Hash(input)).ToArray();

        var mismatches = 0;
        Parallel.For(0, 4_000, i =>
        {
            if (!Keccak256.Hash(inputs[i % inputs.Length]).AsSpan().SequenceEqual(expected[i % inputs.Length]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }
}
