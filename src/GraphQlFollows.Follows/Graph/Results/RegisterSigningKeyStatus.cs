namespace GraphQlFollows.Follows.Graph;

#pragma warning disable CA1707 // the contract's status names

/// <summary>The outcome of <see cref="FollowGraph.RegisterSigningKeyAsync"/>.</summary>
public enum RegisterSigningKeyStatus
{
    SUCCESS,
    INVALID_ADDRESS,
    INVALID_MESSAGE,
    INVALID_SIGNING_KEY,
    INVALID_SIGNATURE,
}
