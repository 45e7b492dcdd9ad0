namespace GraphQlFollows.Follows.Store;

/// <summary>A device signing key and the wallet's authorisation of it (table <c>signing_keys</c>).</summary>
public sealed class SigningKeyRecord
{
    /// <summary>The key as canonical base64 of its SubjectPublicKeyInfo.</summary>
    public required string Key { get; set; }

    /// <summary>The wallet the key acts for, lowercase <c>0x</c> hex.</summary>
    public required string Address { get; set; }

    /// <summary>The text the wallet signed to authorise the key.</summary>
    public required string AuthMessage { get; set; }

    /// <summary>The wallet's EIP-191 signature of <see cref="AuthMessage"/>.</summary>
    public required string AuthSignature { get; set; }

    /// <summary>Server time of the registration, milliseconds since the epoch.</summary>
    public long RegisteredAt { get; set; }

    /// <summary>Server time of the revocation, or null while the key is valid.</summary>
    public long? RevokedAt { get; set; }

    /// <summary>The id of the revocation's operation, or null while the key is valid.</summary>
    public long? RevokedOperation { get; set; }
}
