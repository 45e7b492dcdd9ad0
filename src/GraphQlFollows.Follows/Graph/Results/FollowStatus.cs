namespace GraphQlFollows.Follows.Graph;

#pragma warning disable CA1707 // the contract's status names

/// <summary>
/// The outcome of a follow, an unfollow, or one handle of a batch unfollow (the contract's
/// <c>FollowResponse_Status</c> and <c>UnFollowResponse_Status</c> have the same members).
/// </summary>
public enum FollowStatus
{
    SUCCESS,
    INVALID_ADDRESS,
    HANDLE_NOT_FOUND,
    INVALID_MESSAGE,
    MESSAGE_EXPIRED,
    INVALID_SIGNING_KEY,
    INVALID_SIGNATURE,
    RATE_LIMITED,
    ALREADY_DONE,
}
