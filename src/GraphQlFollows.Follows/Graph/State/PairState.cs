namespace GraphQlFollows.Follows.Graph.State;

/// <summary>
/// One (address, handle) pair: the <c>ts</c> and log position of its last accepted operation, and, while the
/// address follows the handle, the position and time of the follow that made the edge. The pair outlives an
/// unfollow, so that its last <c>ts</c> keeps refusing replays.
/// </summary>
public sealed record PairState(string Address, string Handle, long LastTs, long LastPosition, long? FollowPosition = null, long? FollowedAt = null)
{
    public bool IsFollowing => FollowPosition is not null;
}
