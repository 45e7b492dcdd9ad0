namespace GraphQlFollows.Follows.Graph.Requests;

/// <summary>A follow or unfollow signed by a signing key.</summary>
public sealed record FollowRequest(string? Address, string? Handle, string? Message, string? Signature, string? SigningKey);
