using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// One accepted operation of the append-only log, in its stored form, with everything a third party needs to verify
/// it: the signed content and its signature, the signing key and the wallet's authorisation of that key, and the
/// chained digest (<see cref="OperationDigest"/>). The writer makes it unchained (position 0, no digests) when it
/// decides, and <see cref="ChainHead.Append"/> gives it its place in the log.
/// </summary>
/// <param name="Position">1, 2, 3, … in commit order; 0 until chained.</param>
/// <param name="Id">
/// The operation's identity, by which the graph's rows refer to it (a pair's last operation, a follow's, a block's, a
/// revocation's, a profile's claim). It is given when the operation is decided, before the commit knows where in the
/// log it will stand, so that decisions need no place in the log: on SQLite, whose commits take turns from the start,
/// it is the position itself; on PostgreSQL it comes from a sequence, unique but with gaps and not in log order. The
/// digest does not cover it.
/// </param>
/// <param name="Kind">The operation's name as in its message (<see cref="OperationKinds"/>).</param>
/// <param name="Address">The acting wallet, lowercase <c>0x</c> hex.</param>
/// <param name="Handles">The handles the operation changed, comma-separated; empty for key operations.</param>
/// <param name="Content">The signed message, exactly as received.</param>
/// <param name="Signature">The signature of <paramref name="Content"/>: by the signing key, or by the wallet for wallet-signed operations.</param>
/// <param name="SigningKey">The signing key (base64 SPKI) that signed, or the key a key operation is about.</param>
/// <param name="SigningKeyAuthMessage">The wallet's authorisation message of <paramref name="SigningKey"/>, for operations it signed.</param>
/// <param name="SigningKeyAuthSignature">The wallet's signature of <paramref name="SigningKeyAuthMessage"/>.</param>
/// <param name="Ts">The message's <c>ts</c>, or 0 when the message has none (key registrations).</param>
/// <param name="AcceptedAt">Server time of acceptance, milliseconds since the epoch.</param>
/// <param name="PreviousDigest">The digest of the operation before (<see cref="OperationDigest.Genesis"/> for the first).</param>
/// <param name="Digest">Keccak-256 of this operation chained to <paramref name="PreviousDigest"/>.</param>
public sealed record Operation(
    long Position,
    long Id,
    string Kind,
    string Address,
    string Handles,
    string Content,
    string Signature,
    string? SigningKey,
    string? SigningKeyAuthMessage,
    string? SigningKeyAuthSignature,
    long Ts,
    long AcceptedAt,
    string PreviousDigest = "",
    string Digest = "")
{
    /// <summary>An operation not chained yet, nor given its id: the writer's decision, before <see cref="CommitSession.Append"/>.</summary>
    public static Operation Unchained(
        string kind, string address, string handles, string content, string signature, long ts, long acceptedAt,
        string? signingKey = null, string? authMessage = null, string? authSignature = null) =>
        new(0, 0, kind, address, handles, content, signature, signingKey, authMessage, authSignature, ts, acceptedAt);
}
