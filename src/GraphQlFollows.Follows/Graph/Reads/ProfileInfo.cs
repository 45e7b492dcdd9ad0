using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <param name="CreatedAt">Server time of the claim, milliseconds since the epoch.</param>
public sealed record ProfileInfo(string Handle, EvmAddress Owner, long FollowerCount, long CreatedAt);
