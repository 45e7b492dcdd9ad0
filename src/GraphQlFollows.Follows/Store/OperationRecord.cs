using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// One accepted operation in the append-only log (table <c>operations</c>), with everything a third party
/// needs to verify it: the signed content, its signature, the signing key and the wallet's authorisation of
/// that key, and the chained digest (see <see cref="Graph.OperationDigest"/>).
/// </summary>
public sealed class OperationRecord
{
    /// <summary>1, 2, 3, ... in commit order.</summary>
    public long Position { get; set; }

    /// <summary>The operation's identity, by which the graph's rows refer to it (see <see cref="Graph.Operation.Id"/>).</summary>
    public long Id { get; set; }

    /// <summary>The operation's name as in its message: follow, unfollow, batchUnfollow, createProfile, registerSigningKey, revokeSigningKey.</summary>
    public required string Kind { get; set; }

    /// <summary>The acting wallet, lowercase <c>0x</c> hex.</summary>
    public required string Address { get; set; }

    /// <summary>The handles the operation changed, comma-separated; empty for key operations.</summary>
    public required string Handles { get; set; }

    /// <summary>The signed message, exactly as received.</summary>
    public required string Content { get; set; }

    /// <summary>The signature of <see cref="Content"/>: by the signing key, or by the wallet for wallet-signed operations.</summary>
    public required string Signature { get; set; }

    /// <summary>The signing key (base64 SPKI) that signed, or the key a key operation is about.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The wallet's authorisation message of <see cref="SigningKey"/>.</summary>
    public string? SigningKeyAuthMessage { get; set; }

    /// <summary>The wallet's signature of <see cref="SigningKeyAuthMessage"/>.</summary>
    public string? SigningKeyAuthSignature { get; set; }

    /// <summary>The message's <c>ts</c>, or 0 when the message has none (key registrations).</summary>
    public long Ts { get; set; }

    /// <summary>Server time of acceptance, milliseconds since the epoch.</summary>
    public long AcceptedAt { get; set; }

    /// <summary>Set when appended: the digest of the previous operation (<c>0x</c> + 64 zeros for the first), lowercase hex.</summary>
    public string PreviousDigest { get; set; } = "";

    /// <summary>Set when appended: Keccak-256 of this operation chained to <see cref="PreviousDigest"/>, <c>0x</c> + lowercase hex.</summary>
    public string Digest { get; set; } = "";

    /// <summary>The operation this row stores.</summary>
    public Graph.Log.Operation ToOperation() => new(
        Position, Id, Kind, Address, Handles, Content, Signature, SigningKey, SigningKeyAuthMessage, SigningKeyAuthSignature, Ts, AcceptedAt,
        PreviousDigest, Digest);
}
