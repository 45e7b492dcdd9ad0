namespace GraphQlFollows.Follows.Graph.Results;

/// <summary>The outcome of <see cref="FollowGraph.CreateProfileAsync"/>.</summary>
public enum CreateProfileStatus
{
    Success,
    InvalidAddress,
    InvalidMessage,
    InvalidHandle,
    MessageExpired,
    InvalidSignature,
    RateLimited,
    HandleTaken,
}
