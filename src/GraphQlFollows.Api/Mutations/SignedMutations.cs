namespace GraphQlFollows.Api.Mutations;

/// <summary>What hosts need to know of the schema's signed mutations to budget them.</summary>
public static class SignedMutations
{
    /// <summary>The mutations signed by a wallet (EIP-191), each costing the server a secp256k1 public-key recovery.</summary>
    public static readonly IReadOnlySet<string> WalletSigned =
        new HashSet<string>(["registerSigningKey", "createProfile", "revokeSigningKey"], StringComparer.Ordinal);
}
