using GraphQlFollows.GraphQL.AspNetCore.Persisted;

namespace GraphQlFollows.GraphQL.AspNetCore;

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

    /// <summary>
    /// The most an operation may cost, priced by the schema's cost directives (<c>@cost</c>, <c>@listSize</c>) from its
    /// document and variables before it runs; a dearer one is refused with <c>OPERATION_COST_TOO_HIGH</c>. The default
    /// admits several pages of 100 with their proofs (about 1,000 each), but not a page of 100 nested in another.
    /// </summary>
    public double MaxCost { get; set; } = 10_000;

    /// <summary>
    /// The most bytes one response may take: execution stops building a result that would pass it, and one whose
    /// serialisation passes it is not sent; either is answered with <c>RESPONSE_TOO_LARGE</c>.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// The time a query or mutation may take, from its request's arrival to its response's serialisation; past it the
    /// request is answered with an error.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Serve Banana Cake Pop to browsers that GET the endpoint.</summary>
    public bool Ide { get; set; } = true;

    public WebSocketSettings WebSockets { get; set; } = new();

    /// <summary>
    /// The HTTP statuses of errors that are the server's state rather than the request's fault, by
    /// <c>extensions.code</c> (an application adds its own, such as 503 for a database that is away): a response
    /// holding one is answered with that error alone and its status, and with <c>Retry-After</c> when the error has
    /// <c>extensions.retryAfter</c>.
    /// </summary>
    public Dictionary<string, int> ErrorStatusCodes { get; set; } = new(StringComparer.Ordinal);

    public CorsSettings Cors { get; set; } = new();

    public PersistedOperationSettings PersistedOperations { get; set; } = new();
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

    /// <summary>
    /// The origins at which browsers reach this server's own pages by their public names, such as
    /// <c>https://follows.example</c>: pages from them may open a WebSocket. The addresses Kestrel listens on are
    /// allowed already, and so are <see cref="CorsSettings.AllowedOrigins"/>; the request's <c>Host</c> never is.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
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
