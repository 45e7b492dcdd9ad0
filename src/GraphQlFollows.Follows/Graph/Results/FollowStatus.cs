namespace GraphQlFollows.Follows.Graph.Results;

/// <summary>
/// The outcome of a follow, an unfollow, or one handle of a batch unfollow (the contract's
/// <c>FollowResponse_Status</c> and <c>UnFollowResponse_Status</c> have the same members).
/// </summary>
public enum FollowStatus
{
    Success,
    InvalidAddress,
    HandleNotFound,
    InvalidMessage,
    MessageExpired,
    InvalidSigningKey,
    InvalidSignature,
    RateLimited,
    AlreadyDone,
}
