namespace GraphQlFollows.Follows.Graph.State;

/// <summary>
/// One (handle, address) block pair: the <c>ts</c> and log position of its last accepted block or unblock, and,
/// while the profile blocks the address, the position and time of that block.
/// </summary>
public sealed record BlockState(string Handle, string Address, long LastTs, long LastPosition, long? BlockPosition = null, long? BlockedAt = null)
{
    public bool IsBlocked => BlockPosition is not null;
}
