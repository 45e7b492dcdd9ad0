namespace GraphQlFollows.Follows.Graph.State;

/// <summary>
/// One (handle, address) block pair: the <c>ts</c> and operation id of its last accepted block or unblock, and,
/// while the profile blocks the address, the id and time of that block (see <see cref="Operation.Id"/>).
/// </summary>
public sealed record BlockState(string Handle, string Address, long LastTs, long LastOperation, long? BlockOperation = null, long? BlockedAt = null)
{
    public bool IsBlocked => BlockOperation is not null;
}
