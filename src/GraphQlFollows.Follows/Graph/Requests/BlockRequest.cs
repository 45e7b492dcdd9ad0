namespace GraphQlFollows.Follows.Graph.Requests;

/// <summary>
/// A block or unblock of the address <see cref="Target"/> by the profile <see cref="Handle"/>, signed by a signing
/// key of the profile's owner <see cref="Address"/>.
/// </summary>
public sealed record BlockRequest(
    string? Address, string? Handle, string? Target, string? Message, string? Signature, string? SigningKey);
