using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph;

#pragma warning disable CA1707 // the contract's enum value names

/// <summary>Follow-time order of followers and followings (the contract's <c>FollowOrder.direction</c>).</summary>
public enum FollowOrderDirection
{
    ASC,
    DESC,
}

/// <summary>
/// A Relay page request. Cursors are operation-log positions (<see cref="FollowEdge.Position"/>), read in the
/// page's own order: <see cref="After"/> means "after this edge as listed".
/// </summary>
public sealed record PageRequest(int? First = null, long? After = null, int? Last = null, long? Before = null)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Why the request cannot be served, or null when it can.</summary>
    public string? Problem() =>
        First is < 0 || Last is < 0 ? "first and last cannot be negative."
        : First > MaxSize || Last > MaxSize ? $"first and last can be at most {MaxSize}."
        : null;
}

/// <summary>A current follow: <see cref="Address"/> follows the profile <see cref="Handle"/>.</summary>
/// <param name="FollowedAt">Server time of the follow, milliseconds since the epoch.</param>
/// <param name="Position">The operation-log position of the follow: the edge's cursor and the key of its proof.</param>
public sealed record FollowEdge(EvmAddress Address, string Handle, long FollowedAt, long Position);

public sealed record FollowPage(IReadOnlyList<FollowEdge> Edges, bool HasPreviousPage, bool HasNextPage);

/// <param name="CreatedAt">Server time of the claim, milliseconds since the epoch.</param>
public sealed record ProfileInfo(string Handle, EvmAddress Owner, long FollowerCount, long CreatedAt);

/// <param name="Key">Base64 SubjectPublicKeyInfo.</param>
/// <param name="RevokedAt">Server time of the revocation, or null while the key may sign.</param>
public sealed record SigningKeyInfo(
    string Key, EvmAddress Address, string AuthMessage, string AuthSignature, long RegisteredAt, long? RevokedAt);

/// <summary>A Relay page request over a list ordered by address: the cursors are addresses of the list.</summary>
public sealed record AddressPageRequest(int? First = null, EvmAddress? After = null, int? Last = null, EvmAddress? Before = null)
{
    /// <summary>Why the request cannot be served, or null when it can (the sizes follow <see cref="PageRequest"/>).</summary>
    public string? Problem() => new PageRequest(First: First, Last: Last).Problem();
}

public sealed record AddressPage(IReadOnlyList<EvmAddress> Addresses, bool HasNextPage, bool HasPreviousPage = false);

public sealed record OperationPage(IReadOnlyList<OperationProof> Operations, bool HasNextPage);
