namespace GraphQlFollows.Follows.Graph;

/// <summary>The tunable rules of the follow graph (configuration section <c>Follows</c> in hosts).</summary>
public sealed class FollowGraphOptions
{
    /// <summary>The configuration section hosts bind, which names the settings in validation messages.</summary>
    public const string SectionName = "Follows";

    /// <summary>How old a message's <c>ts</c> may be; 10 minutes by default.</summary>
    public TimeSpan MaxMessageAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far ahead of the server's clock a message's <c>ts</c> may be; 2 minutes by default.</summary>
    public TimeSpan MaxMessageAhead { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Signed writes one address may make per <see cref="RateLimitWindow"/> (a token bucket of this size,
    /// refilled evenly over the window); a batch unfollow costs one per handle. 0 turns the limit off.
    /// </summary>
    public int RateLimitPermits { get; set; } = 120;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most operations committed together in one transaction (group commit).</summary>
    public int MaxOperationsPerCommit { get; set; } = 256;

    /// <summary>
    /// The most writes waiting for a commit; past it a write is refused at once (<see cref="GraphOverloadedException"/>).
    /// The bound keeps memory and waiting time bounded under any flood.
    /// </summary>
    public int MaxQueuedWrites { get; set; } = 4096;

    /// <summary>
    /// The longest a write may expect to wait for its commit, judged from the recent commit rate: one that would
    /// wait longer is refused at once rather than answered after its caller gave up. Hosts set it to their
    /// request time budget; 10 seconds by default.
    /// </summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the operation feed reads the log for commits it was not told of (another instance's, when a
    /// notification was missed); 1 second by default.
    /// </summary>
    public TimeSpan LogPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most signing keys one address may hold unrevoked; registering one more is INVALID_SIGNING_KEY until one is
    /// revoked. 20 by default.
    /// </summary>
    public int MaxSigningKeysPerAddress { get; set; } = 20;

    /// <summary>The most handles of one batch follow or unfollow, each named once.</summary>
    public const int MaxBatchHandles = 20;

    /// <summary>
    /// A test's hook: awaited by the writer after a batch's rows are loaded (and, on PostgreSQL, locked) and before
    /// its writes decide, so that a test can hold an instance in the middle of a commit.
    /// </summary>
    internal Func<Task>? HoldDecisions { get; set; }
}
