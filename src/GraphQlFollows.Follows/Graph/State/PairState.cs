namespace GraphQlFollows.Follows.Graph.State;

/// <summary>
/// One (address, handle) pair: the <c>ts</c> and operation id of its last accepted operation, and, while the
/// address follows the handle, the id and time of the follow that made the edge (see <see cref="Operation.Id"/>). The pair outlives an
/// unfollow, so that its last <c>ts</c> keeps refusing replays.
/// </summary>
public sealed record PairState(string Address, string Handle, long LastTs, long LastOperation, long? FollowOperation = null, long? FollowedAt = null)
{
    public bool IsFollowing => FollowOperation is not null;
}
