using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Follows.Graph.Results;

/// <summary>
/// The outcome of a batch follow or unfollow. When a check of the whole request fails (address, message, clock,
/// signing key, signature, rate), <see cref="Status"/> is that failure and every handle of a readable message carries
/// it; otherwise <see cref="Status"/> is SUCCESS and each handle has its own status.
/// </summary>
public sealed record BatchResult(FollowStatus Status, long TsInServer, IReadOnlyList<HandleStatus> Handles);
