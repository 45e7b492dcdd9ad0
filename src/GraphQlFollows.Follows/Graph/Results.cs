namespace GraphQlFollows.Follows.Graph;

/// <param name="TsInServer">The server's clock when the request was decided, milliseconds since the epoch.</param>
public readonly record struct RegisterSigningKeyResult(RegisterSigningKeyStatus Status, long TsInServer);

/// <param name="TsInServer">The server's clock when the request was decided, milliseconds since the epoch.</param>
public readonly record struct RevokeSigningKeyResult(RevokeSigningKeyStatus Status, long TsInServer);

/// <param name="TsInServer">The server's clock when the request was decided, milliseconds since the epoch.</param>
public readonly record struct CreateProfileResult(CreateProfileStatus Status, long TsInServer);

/// <param name="TsInServer">The server's clock when the request was decided, milliseconds since the epoch.</param>
public readonly record struct FollowResult(FollowStatus Status, long TsInServer);

/// <summary>One handle's outcome within a batch unfollow.</summary>
public readonly record struct HandleStatus(string Handle, FollowStatus Status);

/// <summary>
/// The outcome of a batch unfollow. When a check of the whole request fails (address, message, clock, signing
/// key, signature, rate), <see cref="Status"/> is that failure and every handle of a readable message carries it;
/// otherwise <see cref="Status"/> is SUCCESS and each handle has its own status.
/// </summary>
public sealed record BatchUnfollowResult(FollowStatus Status, long TsInServer, IReadOnlyList<HandleStatus> Handles);
