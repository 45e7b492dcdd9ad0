using System.Buffers.Binary;
using System.Text;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using Nethereum.Util;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>The operation log's digest chain, recomputed from its documented encoding.</summary>
public static class DigestChain
{
    /// <summary>
    /// Recomputes each digest from the documented encoding, written here again independently of the server's,
    /// and checks that each operation chains to the one before it. Keccak-256 itself is checked against ethers
    /// in <c>Keccak256Tests</c>.
    /// </summary>
    public static void AssertRecomputes(IReadOnlyList<OperationProof> operations, bool fromGenesis)
    {
        var previous = fromGenesis ? "0x" + new string('0', 64) : operations[0].PreviousDigest;
        var expectedPosition = operations.Count == 0 ? 0 : operations[0].Position;
        foreach (var operation in operations)
        {
            Assert.Equal(expectedPosition++, operation.Position);
            Assert.Equal(previous, operation.PreviousDigest);
            Assert.Equal(Recompute(operation), operation.Digest);
            previous = operation.Digest;
        }
    }

    private static string Recompute(OperationProof operation)
    {
        var bytes = new List<byte>(Convert.FromHexString(operation.PreviousDigest[2..]));
        foreach (var number in new[] { operation.Position, operation.Ts, operation.AcceptedAt })
        {
            var buffer = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(buffer, number);
            bytes.AddRange(buffer);
        }
        string?[] texts =
        [
            operation.Kind, operation.Address.Value, string.Join(',', operation.Handles), operation.Content,
            operation.Signature, operation.SigningKey, operation.SigningKeyAuth?.Message, operation.SigningKeyAuth?.Signature,
        ];
        foreach (var text in texts)
        {
            var utf8 = Encoding.UTF8.GetBytes(text ?? "");
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, utf8.Length);
            bytes.AddRange(length);
            bytes.AddRange(utf8);
        }
        return "0x" + Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(bytes.ToArray()));
    }
}
