namespace GraphQlFollows.Follows.Applications;

/// <summary>An application's API key as listed: never the key itself, which only its creator saw once.</summary>
public sealed record ApiKeyInfo(long Id, string Name, int RequestsPerMinute, long CreatedAt, long? RevokedAt);
