namespace GraphQlFollows.Follows.Graph.Requests;

/// <summary>A wallet's authorisation of a device signing key.</summary>
public sealed record RegisterSigningKeyRequest(string? Address, string? Message, string? Signature);
