namespace GraphQlFollows.Follows.Store;

/// <summary>
/// The state of one (profile, target) pair of blocks (table <c>blocks</c>): whether the profile's owner blocks the
/// address <see cref="Address"/>. The row stays after an unblock so that the pair's last accepted <c>ts</c> keeps
/// guarding against replays.
/// </summary>
public sealed class BlockRecord
{
    /// <summary>The blocking profile.</summary>
    public required string Handle { get; set; }

    /// <summary>The blocked address (the target), lowercase <c>0x</c> hex.</summary>
    public required string Address { get; set; }

    /// <summary>The <c>ts</c> of the pair's last accepted block or unblock.</summary>
    public long LastTs { get; set; }

    /// <summary>The id of the pair's last accepted block or unblock (see <see cref="Graph.Operation.Id"/>).</summary>
    public long LastOperation { get; set; }

    /// <summary>
    /// The id of the block in force, or null when not blocked: the keyset of the profile's
    /// blocked addresses.
    /// </summary>
    public long? BlockOperation { get; set; }

    /// <summary>Server time of the block in force, or null when not blocked.</summary>
    public long? BlockedAt { get; set; }

    public bool IsBlocked => BlockOperation is not null;
}
