namespace GraphQlFollows.Follows.Store;

/// <summary>
/// The state of one (address, handle) pair (table <c>follows</c>). The row stays after an unfollow so that
/// the pair's last accepted <c>ts</c> keeps guarding against replays.
/// </summary>
public sealed class FollowRecord
{
    /// <summary>The follower, lowercase <c>0x</c> hex.</summary>
    public required string Address { get; set; }

    /// <summary>The profile followed.</summary>
    public required string Handle { get; set; }

    /// <summary>The <c>ts</c> of the pair's last accepted operation.</summary>
    public long LastTs { get; set; }

    /// <summary>The id of the pair's last accepted operation (see <see cref="Graph.Operation.Id"/>).</summary>
    public long LastOperation { get; set; }

    /// <summary>
    /// The id of the follow that made the current edge, or null when not following. Ids are given in the order
    /// writes are decided (on SQLite they are log positions), so this is the keyset for follow-time order.
    /// </summary>
    public long? FollowOperation { get; set; }

    /// <summary>Server time of the current edge's follow, or null when not following.</summary>
    public long? FollowedAt { get; set; }

    public bool IsFollowing => FollowOperation is not null;
}
