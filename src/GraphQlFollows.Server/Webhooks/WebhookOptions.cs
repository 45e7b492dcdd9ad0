namespace GraphQlFollows.Server.Webhooks;

/// <summary>Delivery of the operation log to applications' webhooks, bound to the <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Deliver from this instance. With several instances on one database, each delivers to every webhook
    /// (receivers then get each operation from each instance), so leave it on in one of them only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Webhooks registered at every start, besides those the <c>webhook</c> command keeps in the database.</summary>
    public List<WebhookSettings> Endpoints { get; set; } = [];

    /// <summary>How long one POST may take before it counts as failed and is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first retry's delay; each next one doubles, with jitter, up to <see cref="MaxRetryDelay"/>. Retries never stop.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a webhook reads the log when no commit woke it (other instances' commits, missed wake-ups).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after the server has started the webhooks start: reading and preparing them would otherwise take
    /// the CPU of a starting server's first answers.
    /// </summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the list of webhooks is read again, to start those added and stop those removed.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The key webhook secrets are encrypted with in the database: base64 of 32 bytes. Every process that reads or
    /// registers webhooks of one database needs the same key. Unset, the key is kept in <see cref="SecretKeyFile"/>.
    /// </summary>
    public string? SecretKey { get; set; }

    /// <summary>
    /// Where the key is kept when <see cref="SecretKey"/> is unset, relative to the working directory (as the SQLite
    /// file is); made with a random key, readable by its owner only, the first time a secret is stored.
    /// </summary>
    public string SecretKeyFile { get; set; } = "webhook-secrets.key";
}

/// <summary>A webhook registered by configuration.</summary>
public sealed class WebhookSettings
{
    public string? Name { get; set; }
    public string? Url { get; set; }
    public string? Secret { get; set; }
    public string? Handle { get; set; }
    public string? Address { get; set; }
}
