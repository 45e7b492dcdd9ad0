namespace GraphQlFollows.Follows.Graph;

// Fields are the API's input fields as received; null stands for a value the transport could not supply and is
// answered with the status of the check it fails.

/// <summary>A wallet's authorisation of a device signing key.</summary>
public sealed record RegisterSigningKeyRequest(string? Address, string? Message, string? Signature);

/// <summary>A wallet's revocation of one of its signing keys; see <see cref="FollowGraph.RevokeSigningKeyAsync"/>.</summary>
public sealed record RevokeSigningKeyRequest(string? Address, string? SigningKey, string? Message, string? Signature);

/// <summary>A wallet's claim of a handle; see <see cref="FollowGraph.CreateProfileAsync"/>.</summary>
public sealed record CreateProfileRequest(string? Address, string? Handle, string? Message, string? Signature);

/// <summary>A follow or unfollow signed by a signing key.</summary>
public sealed record FollowRequest(string? Address, string? Handle, string? Message, string? Signature, string? SigningKey);

/// <summary>
/// An unfollow of several handles under one signing-key signature; the handles are the message's.
/// <see cref="Handles"/>, when given, must list the same handles in the same order.
/// </summary>
public sealed record BatchUnfollowRequest(
    string? Address, string? Message, string? Signature, string? SigningKey, IReadOnlyList<string>? Handles = null);
