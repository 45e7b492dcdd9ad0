namespace GraphQlFollows.Follows.Graph.Requests;

/// <summary>A wallet's revocation of one of its signing keys; see <see cref="FollowGraph.RevokeSigningKeyAsync"/>.</summary>
public sealed record RevokeSigningKeyRequest(string? Address, string? SigningKey, string? Message, string? Signature);
