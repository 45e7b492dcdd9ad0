namespace GraphQlFollows.Server.Admission;

/// <summary>
/// Per-client budgets (a client is its address; see <see cref="ClientKey"/>). Bound to <c>GraphQL:RateLimits</c>; both
/// are off by default: a public deployment turns them on with budgets that fit its clients.
/// </summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "GraphQL:RateLimits";

    /// <summary>Requests to the endpoint (HTTP requests, and WebSocket upgrades); past it 429 <c>TOO_MANY_REQUESTS</c>.</summary>
    public ClientBudget Requests { get; set; } = new() { Window = TimeSpan.FromSeconds(1) };

    /// <summary>
    /// Wallet-signed mutations (<c>registerSigningKey</c>, <c>createProfile</c>, <c>revokeSigningKey</c>), each
    /// field one permit, over HTTP and WebSocket alike: each costs a secp256k1 public-key recovery. Past it 429
    /// <c>TOO_MANY_WALLET_SIGNATURES</c>.
    /// </summary>
    public ClientBudget WalletSigned { get; set; } = new() { Window = TimeSpan.FromMinutes(1) };
}

/// <summary>A token bucket per client: <see cref="Permits"/> per <see cref="Window"/>, refilled evenly, holding up to <see cref="Burst"/>.</summary>
public sealed class ClientBudget
{
    /// <summary>0 turns the budget off.</summary>
    public int Permits { get; set; }

    public TimeSpan Window { get; set; }

    /// <summary>The most permits a client may spend at once after a quiet spell; 0 means <see cref="Permits"/>.</summary>
    public int Burst { get; set; }

    public bool IsOn => Permits > 0;
}
