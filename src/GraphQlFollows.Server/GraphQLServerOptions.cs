namespace GraphQlFollows.Server;

/// <summary>
/// The GraphQL endpoint's switches and the limits that keep abusive requests cheap, bound to the <c>GraphQL</c>
/// configuration section. The defaults suit a public deployment.
/// </summary>
public sealed class GraphQLServerOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Where GraphQL over HTTP, the WebSocket endpoint and the IDE are served.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>The largest POST body read; a larger one is answered 413.</summary>
    public long MaxRequestBytes { get; set; } = 128 * 1024;

    /// <summary>The longest GraphQL document, in characters, handed to the parser.</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>The most lexical tokens the parser reads before giving up on a document.</summary>
    public int MaxTokens { get; set; } = 5000;

    /// <summary>The deepest nesting of fields in an operation, fragments expanded.</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>The most fields an operation selects, counted with every fragment expanded where it is spread.</summary>
    public int MaxFields { get; set; } = 1500;

    /// <summary>The most aliased fields an operation selects, counted like <see cref="MaxFields"/>.</summary>
    public int MaxAliases { get; set; } = 60;

    /// <summary>The time a query or mutation may take; past it the request is answered with an error.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Serve Banana Cake Pop to browsers that GET the endpoint.</summary>
    public bool Ide { get; set; } = true;

    public WebSocketSettings WebSockets { get; set; } = new();

    public CorsSettings Cors { get; set; } = new();

    public RateLimitSettings RateLimits { get; set; } = new();
}

/// <summary>
/// Per-client budgets (a client is its address; see <see cref="Admission.ClientKey"/>). Both are off by default:
/// a public deployment turns them on with budgets that fit its clients.
/// </summary>
public sealed class RateLimitSettings
{
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

/// <summary>Subscriptions over WebSocket with the <c>graphql-transport-ws</c> protocol.</summary>
public sealed class WebSocketSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>How long a client may take to send <c>connection_init</c> before the socket is closed (4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the server pings at the WebSocket level; a client that does not answer in time is dropped.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most WebSocket connections open at once, the server's whole: with <see cref="MaxOperationsPerConnection"/> it
    /// bounds the subscriptions clients can hold open. Past it an upgrade is refused with 503.
    /// </summary>
    public long MaxConnections { get; set; } = 10_000;

    /// <summary>The most operations one connection runs at a time.</summary>
    public int MaxOperationsPerConnection { get; set; } = 50;

    /// <summary>The largest message a client may send; a larger one closes the socket (1009).</summary>
    public int MaxMessageBytes { get; set; } = 128 * 1024;
}

/// <summary>Which browser origins may call the endpoint from their pages.</summary>
public sealed class CorsSettings
{
    /// <summary>Allowed origins, such as <c>https://app.example</c>; <c>*</c> allows any. Empty: no cross-origin access.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Let pages send cookies and HTTP authentication (never together with <c>*</c>).</summary>
    public bool AllowCredentials { get; set; }

    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
