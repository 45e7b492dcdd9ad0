namespace GraphQlFollows.Follows.Graph.Results;

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
