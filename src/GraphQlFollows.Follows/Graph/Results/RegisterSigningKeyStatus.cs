namespace GraphQlFollows.Follows.Graph.Results;

/// <summary>The outcome of <see cref="FollowGraph.RegisterSigningKeyAsync"/>.</summary>
public enum RegisterSigningKeyStatus
{
    Success,
    InvalidAddress,
    InvalidMessage,
    InvalidSigningKey,
    InvalidSignature,
}
