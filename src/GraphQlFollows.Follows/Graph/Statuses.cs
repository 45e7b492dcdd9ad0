namespace GraphQlFollows.Follows.Graph;

// Member names are the wire names of the API contract's status enums, so they map onto GraphQL enum values
// by name.
#pragma warning disable CA1707 // identifiers with underscores: the contract's names

/// <summary>The outcome of <see cref="FollowGraph.RegisterSigningKeyAsync"/>.</summary>
public enum RegisterSigningKeyStatus
{
    SUCCESS,
    INVALID_ADDRESS,
    INVALID_MESSAGE,
    INVALID_SIGNING_KEY,
    INVALID_SIGNATURE,
}

/// <summary>The outcome of <see cref="FollowGraph.RevokeSigningKeyAsync"/>.</summary>
public enum RevokeSigningKeyStatus
{
    SUCCESS,
    INVALID_ADDRESS,
    INVALID_MESSAGE,
    MESSAGE_EXPIRED,
    INVALID_SIGNING_KEY,
    INVALID_SIGNATURE,
}

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
