namespace GraphQlFollows.Server.Admission;

/// <summary>
/// Per-client budgets (a client is its address, or its API key; see <see cref="ClientKey"/>). Bound to
/// <c>GraphQL:RateLimits</c>; the request budgets are off by default (a public deployment turns them on with budgets
/// that fit its clients), the cap of WebSocket connections is on.
/// </summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "GraphQL:RateLimits";

    /// <summary>
    /// Requests to the endpoint (HTTP requests, WebSocket upgrades, and each operation over a WebSocket); past it 429
    /// <c>TOO_MANY_REQUESTS</c>.
    /// </summary>
    public ClientBudget Requests { get; set; } = new() { Window = TimeSpan.FromSeconds(1) };

    /// <summary>
    /// Wallet-signed mutations (<c>registerSigningKey</c>, <c>createProfile</c>, <c>revokeSigningKey</c>), each
    /// field one permit, over HTTP and WebSocket alike: each costs a secp256k1 public-key recovery. Past it 429
    /// <c>TOO_MANY_WALLET_SIGNATURES</c>.
    /// </summary>
    public ClientBudget WalletSigned { get; set; } = new() { Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// The most WebSocket connections one client holds open at once (0: no cap), a tenth of the server's whole by
    /// default; past it an upgrade is refused with 429 <c>TOO_MANY_CLIENT_CONNECTIONS</c>.
    /// </summary>
    public int WebSocketConnections { get; set; } = 1000;
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
