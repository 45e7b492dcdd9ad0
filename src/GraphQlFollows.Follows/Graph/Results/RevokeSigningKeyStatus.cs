namespace GraphQlFollows.Follows.Graph;

#pragma warning disable CA1707 // the contract's status names

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
