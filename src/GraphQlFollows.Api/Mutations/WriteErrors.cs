using GraphQlFollows.GraphQL;

namespace GraphQlFollows.Api.Mutations;

/// <summary>
/// What hosts need to know of the signed writes: the errors a write answers instead of a status, each with a stable
/// <c>extensions.code</c>, and which of them are signed by a wallet.
/// </summary>
public static class WriteErrors
{
    /// <summary>The writer has more queued than it can commit in time: nothing was decided; send it again later.</summary>
    public const string OverloadedCode = "OVERLOADED";

    /// <summary>The extension giving, in whole seconds, when to send the write again (as HTTP's <c>Retry-After</c>).</summary>
    public const string RetryAfterExtension = "retryAfter";

    /// <summary>The mutations signed by a wallet (EIP-191), each costing the server a secp256k1 public-key recovery.</summary>
    public static readonly IReadOnlySet<string> WalletSignedMutations =
        new HashSet<string>(["registerSigningKey", "createProfile", "revokeSigningKey"], StringComparer.Ordinal);

    public static GraphQLException Overloaded(TimeSpan retryAfter) => new(
        "The server has more writes waiting than it can commit in time; nothing was changed. Send the same request again later.",
        new Dictionary<string, object?>
        {
            ["code"] = OverloadedCode,
            [RetryAfterExtension] = (int)Math.Ceiling(retryAfter.TotalSeconds),
        });
}
