using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>The wallet's signed authorisation of a signing key.</summary>
public sealed record SigningKeyAuth(EvmAddress Address, string Message, string Signature);

/// <summary>
/// An accepted operation as the log holds it, with what a third party needs to verify it: the signed
/// <see cref="Content"/> and <see cref="Signature"/>, the <see cref="SigningKey"/> and the wallet's
/// <see cref="SigningKeyAuth"/> of it, and the chained <see cref="Digest"/> (see <see cref="OperationDigest"/>).
/// </summary>
/// <param name="Position">The operation's place in the log.</param>
/// <param name="Id">Its identity, by which the graph refers to it (see <see cref="Operation.Id"/>).</param>
public sealed record OperationProof(
    long Position,
    long Id,
    string Kind,
    EvmAddress Address,
    IReadOnlyList<string> Handles,
    string Content,
    string Signature,
    string? SigningKey,
    SigningKeyAuth? SigningKeyAuth,
    long Ts,
    long AcceptedAt,
    string PreviousDigest,
    string Digest)
{
    internal static OperationProof From(OperationRecord record) => From(record.ToOperation());

    internal static OperationProof From(Operation record)
    {
        var address = EvmAddress.Parse(record.Address);
        var auth = record.SigningKeyAuthMessage is { } message && record.SigningKeyAuthSignature is { } signature
            ? new SigningKeyAuth(address, message, signature)
            : null;
        return new OperationProof(
            record.Position, record.Id, record.Kind, address,
            record.Handles.Length == 0 ? [] : record.Handles.Split(','),
            record.Content, record.Signature, record.SigningKey, auth,
            record.Ts, record.AcceptedAt, record.PreviousDigest, record.Digest);
    }
}
