namespace GraphQlFollows.Follows.Graph;

/// <summary>The outcome of <see cref="FollowGraph.RevokeSigningKeyAsync"/>.</summary>
public enum RevokeSigningKeyStatus
{
    Success,
    InvalidAddress,
    InvalidMessage,
    MessageExpired,
    InvalidSigningKey,
    InvalidSignature,
}
