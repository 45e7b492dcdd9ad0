using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Api.Subscriptions;

/// <summary>What a <see cref="FollowEvent"/> reports: the schema's <c>FollowEventKind</c>.</summary>
public enum FollowEventKind
{
    Follow,
    Unfollow,
}

/// <summary>
/// A committed follow or unfollow of <see cref="Handle"/> by <see cref="Address"/>. The counts are read once the
/// commit is published, so a commit that followed closely may already be counted in them.
/// </summary>
public sealed record FollowEvent(
    FollowEventKind Kind, EvmAddress Address, string Handle, long FollowerCount, long FollowingCount, long Position, long AcceptedAt)
{
    /// <summary>Whether the operation changes follows (and so makes events).</summary>
    internal static bool IsFollowChange(OperationProof operation) =>
        operation.Kind is OperationKinds.Follow or OperationKinds.Unfollow or OperationKinds.BatchFollow or OperationKinds.BatchUnfollow;

    /// <summary>Whether the operation follows (or else unfollows) its handles.</summary>
    internal static bool IsFollow(OperationProof operation) =>
        operation.Kind is OperationKinds.Follow or OperationKinds.BatchFollow;
}

/// <summary>The events of one profile (<see cref="Handle"/>) or of one address: the schema's <c>FollowEventFilter</c>.</summary>
/// <remarks>A filter that names a handle takes the events of that profile, whatever address it also names.</remarks>
public sealed record FollowEventFilter(string? Handle, EvmAddress? Address);
