namespace GraphQlFollows.Follows.Store;

/// <summary>An application's API key (table <c>api_keys</c>): only its SHA-256 is kept, never the key itself.</summary>
public sealed class ApiKeyRecord
{
    public long Id { get; set; }

    /// <summary>The application's name, unique; keys are listed and revoked by it.</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 of the key's UTF-8 text, lowercase hex.</summary>
    public required string KeyHash { get; set; }

    /// <summary>The requests the key may make per minute on each server instance; 0 for no limit.</summary>
    public int RequestsPerMinute { get; set; }

    /// <summary>Server time of creation, milliseconds since the epoch.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Server time of the revocation, or null while the key is valid.</summary>
    public long? RevokedAt { get; set; }
}
