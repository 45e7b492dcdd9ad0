namespace GraphQlFollows.Follows.Graph.Requests;

/// <summary>A wallet's claim of a handle; see <see cref="FollowGraph.CreateProfileAsync"/>.</summary>
public sealed record CreateProfileRequest(string? Address, string? Handle, string? Message, string? Signature);
