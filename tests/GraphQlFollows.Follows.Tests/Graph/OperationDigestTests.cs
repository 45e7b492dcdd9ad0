using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Follows.Tests.Graph;

public class OperationDigestTests
{
    private const string AuthMessage = "I authorize CyberConnect from this device using signing key:\nMFkw";
    private const string AuthSignature = "0x358ef34326b509aa7839ca182f92fff6a1cc7ee968aa7144187cdc643dcea8042a8d311248c9f3f518191050cb32b9cd7d8d4928aa30f345c396feedfb8a0ce81c";
    private const string Address = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

    // Both digests computed with ethers 6 by the snippet in the Follows README.
    [Fact]
    public void Chains_two_operations_as_ethers_does()
    {
        var first = new Operation(
            Position: 1, Id: 1, Kind: "registerSigningKey", Address: Address, Handles: "", Content: AuthMessage, Signature: AuthSignature,
            SigningKey: "MFkw", SigningKeyAuthMessage: null, SigningKeyAuthSignature: null, Ts: 0, AcceptedAt: 1764633600123,
            PreviousDigest: OperationDigest.Genesis);
        var second = new Operation(
            Position: 2, Id: 2, Kind: "batchUnfollow", Address: Address, Handles: "alice,bob_2",
            Content: """{"op":"batchUnfollow","note":"héllo ✓ 😀"}""", Signature: "0x" + string.Concat(Enumerable.Repeat("ab", 64)),
            SigningKey: "MFkw", SigningKeyAuthMessage: AuthMessage, SigningKeyAuthSignature: AuthSignature, Ts: 1764633600999,
            AcceptedAt: 1764633601000, PreviousDigest: "0x986a9b76b625661d3873e02560ce0cbb247f539c15f42ff176049e4bdc33f6da");

        Assert.Equal(second.PreviousDigest, OperationDigest.Compute(first));
        Assert.Equal("0x0f74725438683096f6e8dec009d2e547937c1b8a3274e9419e9dfff447fc0a6f", OperationDigest.Compute(second));
    }
}
