namespace GraphQlFollows.Follows.Graph.State;

/// <summary>
/// A signing key as the log left it: registered to <see cref="Address"/> by the wallet's authorisation
/// (<see cref="AuthMessage"/>, <see cref="AuthSignature"/>), and perhaps revoked since.
/// </summary>
public sealed record KeyState(
    string Key, string Address, string AuthMessage, string AuthSignature, long RegisteredAt, long? RevokedAt = null, long? RevokedOperation = null)
{
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Whether the key may sign for <paramref name="address"/> now.</summary>
    public bool IsActiveFor(string address) => !IsRevoked && Address == address;
}
