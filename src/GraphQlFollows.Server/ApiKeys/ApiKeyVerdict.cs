using GraphQlFollows.Follows.Applications;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>What <see cref="ApiKeyGate"/> decided about one request: admitted with its key, or refused and why.</summary>
internal readonly record struct ApiKeyVerdict(ApiKeyInfo? Key, TimeSpan? RetryAfter)
{
    public static readonly ApiKeyVerdict Unknown = new(null, null);

    public bool IsAdmitted => Key is not null && RetryAfter is null;

    public bool IsRateLimited => RetryAfter is not null;
}
