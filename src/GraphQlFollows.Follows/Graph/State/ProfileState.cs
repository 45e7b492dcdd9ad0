namespace GraphQlFollows.Follows.Graph.State;

/// <summary>
/// A profile: its handle, the address that claimed it, and the operation that did (<see cref="CreatedOperation"/>). Its
/// follower count is the count when the profile was read; a commit moves counts by deltas (see
/// <see cref="Writes.CommitChanges"/>), so that the decisions never depend on it.
/// </summary>
public sealed record ProfileState(string Handle, string Owner, long FollowerCount, long CreatedAt, long CreatedOperation);
