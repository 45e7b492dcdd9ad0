namespace GraphQlFollows.Follows.Graph;

#pragma warning disable CA1707 // the contract's status names

/// <summary>The outcome of <see cref="FollowGraph.CreateProfileAsync"/>.</summary>
public enum CreateProfileStatus
{
    SUCCESS,
    INVALID_ADDRESS,
    INVALID_MESSAGE,
    INVALID_HANDLE,
    MESSAGE_EXPIRED,
    INVALID_SIGNATURE,
    RATE_LIMITED,
    HANDLE_TAKEN,
}
