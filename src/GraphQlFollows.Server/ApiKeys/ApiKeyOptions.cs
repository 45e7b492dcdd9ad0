namespace GraphQlFollows.Server.ApiKeys;

/// <summary>Application API keys, bound to the <c>Api</c> configuration section. Off by default.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Api";

    /// <summary>Every request to the GraphQL endpoint must carry an unrevoked key in <c>X-API-KEY</c>.</summary>
    public bool RequireKey { get; set; }

    /// <summary>
    /// How long an instance remembers what a key lookup found: a key revoked in the database is refused by every
    /// instance at most this long afterwards.
    /// </summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most lookups remembered at once (unknown keys included), so that guessing cannot fill memory.</summary>
    public int KeyCacheSize { get; set; } = 10_000;
}
