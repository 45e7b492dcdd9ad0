using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using GraphQlFollows.Follows.Graph.Keys;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;
using GraphQlFollows.Follows.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The signed write operations of the follow graph. Each checks its request in the contract's order; the
/// checks up to the signature need no write lock and run on the caller's thread, the rest (the rate, then the
/// checks against the graph) are decided and applied by the writer (see <see cref="GraphWriter"/>), which
/// answers after a durable commit.
/// <para>
/// A write the writer cannot take in time is refused with <see cref="GraphOverloadedException"/> before anything is
/// decided. A write whose <c>cancellationToken</c> fires before its commit holds the commit lock is dropped, never
/// applied, and its task cancelled; once its commit holds the lock it is committed and answered.
/// </para>
/// <para>Signed JSON messages (<c>ts</c> in milliseconds since the epoch, a JSON integer or a string of digits):</para>
/// <list type="bullet">
/// <item><c>{"op":"follow"|"unfollow","address":…,"handle":…,"ts":…}</c> signed by a signing key;</item>
/// <item><c>{"op":"batchFollow"|"batchUnfollow","address":…,"handles":[…],"ts":…}</c> signed by a signing key;</item>
/// <item><c>{"op":"block"|"unblock","address":…,"handle":…,"target":…,"ts":…}</c> signed by a signing key of the profile's owner;</item>
/// <item><c>{"op":"createProfile","address":…,"handle":…,"ts":…}</c> signed by the wallet (EIP-191);</item>
/// <item><c>{"op":"revokeSigningKey","address":…,"signingKey":…,"ts":…}</c> signed by the wallet (EIP-191).</item>
/// </list>
/// </summary>
public sealed partial class FollowGraph : IAsyncDisposable
{
    // Compiled per instance: a compiled query is bound to the model (and so the provider) it first ran with.
    private readonly Func<FollowsDbContext, string, Task<KeyOwner?>> _findKeyOwner = EF.CompileAsyncQuery(
        (FollowsDbContext context, string key) => context.SigningKeys
            .Where(k => k.Key == key)
            .Select(k => new KeyOwner(k.Address, k.RevokedAt != null))
            .FirstOrDefault());

    private readonly IDbContextFactory<FollowsDbContext> _factory;
    private readonly TimeProvider _clock;
    private readonly ClockWindow _window;
    private readonly int _maxSigningKeysPerAddress;
    private readonly SigningKeyVerifier _verifier = new();
    private readonly ActiveKeyCache _activeKeys = new();
    private readonly OperationFeed _feed;
    private readonly GraphWriter _writer;
    private readonly ILogger _logger;
    private readonly FollowsMetrics _metrics;

    /// <param name="meters">The host's meter factory; without one, the graph makes its meter itself.</param>
    public FollowGraph(
        IDbContextFactory<FollowsDbContext> factory, FollowGraphOptions options, TimeProvider clock, ILogger<FollowGraph>? logger = null,
        IMeterFactory? meters = null)
    {
        _logger = logger ?? NullLogger<FollowGraph>.Instance;
        FollowGraphOptionsValidator.ThrowIfInvalid(options);
        _factory = factory;
        _clock = clock;
        _window = new ClockWindow(options.MaxMessageAge, options.MaxMessageAhead);
        _maxSigningKeysPerAddress = options.MaxSigningKeysPerAddress;
        var store = WriteStore.For(factory);
        _feed = new OperationFeed(new FollowQueries(factory), store, options.LogPollInterval, Publish, _logger);
        _writer = new GraphWriter(
            store, clock, options, new RateLimit(options.RateLimitPermits, options.RateLimitWindow), _feed, _logger);
        _metrics = new FollowsMetrics(meters, () => _writer.QueueDepth);
        _writer.Committed += _metrics.Committed;
    }

    /// <summary>
    /// Starts the operation feed (<see cref="StartFeedAsync"/>), then the writer (<see cref="StartWriter"/>); the
    /// constructor touches no database. Writes submitted before are queued.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await StartFeedAsync(cancellationToken).ConfigureAwait(false);
        StartWriter();
    }

    /// <summary>
    /// Reads the log's end, waiting for the database if it does not answer yet, and starts reporting what is
    /// committed after it to <see cref="OperationsCommitted"/>. Call it before <see cref="StartWriter"/>.
    /// </summary>
    public Task StartFeedAsync(CancellationToken cancellationToken) => _feed.StartAsync(cancellationToken);

    /// <summary>Starts committing the queued writes; call once, after <see cref="StartFeedAsync"/> has returned.</summary>
    public void StartWriter() => _writer.Start();

    /// <summary>
    /// Raised with every operation committed to the log, by this process or any other writing the same database,
    /// once each and in log order (for subscriptions). Handlers run on the feed's thread and should hand work off
    /// quickly; one that throws is logged, and the others are still called.
    /// </summary>
    public event Action<IReadOnlyList<OperationProof>>? OperationsCommitted;

    /// <inheritdoc cref="DecideRegistrationAsync"/>
    public Task<RegisterSigningKeyResult> RegisterSigningKeyAsync(RegisterSigningKeyRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.RegisterSigningKey, request, cancellationToken, static (graph, r, token) => graph.DecideRegistrationAsync(r, token), static r => r.Status);

    /// <summary>
    /// Registers a device signing key. Checks: the address; the message
    /// (<c>I authorize &lt;entity&gt; from this device using signing key:\n&lt;key&gt;</c>, at most 4 KiB, the entity at most
    /// <see cref="KeyAuthorization.MaxEntityBytes"/>); the key is a
    /// P-256 SubjectPublicKeyInfo; the wallet signature; the key is not registered to another address nor
    /// revoked, and the address holds fewer than <see cref="FollowGraphOptions.MaxSigningKeysPerAddress"/> active keys.
    /// Registering an active key again for its own address is SUCCESS and changes nothing.
    /// </summary>
    private async Task<RegisterSigningKeyResult> DecideRegistrationAsync(RegisterSigningKeyRequest request, CancellationToken cancellationToken)
    {
        var now = NowMs();
        if (!EvmAddress.TryParse(request.Address, out var address))
        {
            return new(RegisterSigningKeyStatus.InvalidAddress, now);
        }
        if (!KeyAuthorization.TryReadNewKey(request.Message, out var keyText))
        {
            return new(RegisterSigningKeyStatus.InvalidMessage, now);
        }
        if (!SigningKey.TryParse(keyText, out var key))
        {
            return new(RegisterSigningKeyStatus.InvalidSigningKey, now);
        }
        if (!WalletSignature.Verify(request.Message, request.Signature ?? string.Empty, address))
        {
            return new(RegisterSigningKeyStatus.InvalidSignature, now);
        }
        return await SubmitAsync(
            new RegisterSigningKeyWrite(address.Value, key.Text, request.Message, request.Signature!, _maxSigningKeysPerAddress), cancellationToken);
    }

    /// <inheritdoc cref="DecideRevocationAsync"/>
    public Task<RevokeSigningKeyResult> RevokeSigningKeyAsync(RevokeSigningKeyRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.RevokeSigningKey, request, cancellationToken, static (graph, r, token) => graph.DecideRevocationAsync(r, token), static r => r.Status);

    /// <summary>
    /// Revokes a signing key; from then on it is INVALID_SIGNING_KEY everywhere and can never be registered
    /// again. The wallet signs <c>{"op":"revokeSigningKey","address":…,"signingKey":…,"ts":…}</c>. Checks: the
    /// address; the message (its address and signingKey those of the request); the clock window; the key is a
    /// P-256 SubjectPublicKeyInfo registered to the address; the wallet signature. Revoking a revoked key is
    /// SUCCESS and changes nothing.
    /// </summary>
    private async Task<RevokeSigningKeyResult> DecideRevocationAsync(RevokeSigningKeyRequest request, CancellationToken cancellationToken)
    {
        var now = NowMs();
        if (!EvmAddress.TryParse(request.Address, out var address))
        {
            return new(RevokeSigningKeyStatus.InvalidAddress, now);
        }
        if (!SignedMessage.TryParse(request.Message, OperationKinds.RevokeSigningKey, MessageFields.SigningKey, out var message)
            || !IsAddress(message.Address, address) || message.SigningKey != request.SigningKey)
        {
            return new(RevokeSigningKeyStatus.InvalidMessage, now);
        }
        if (!_window.Contains(message.Ts, now))
        {
            return new(RevokeSigningKeyStatus.MessageExpired, now);
        }
        if (!SigningKey.TryParse(request.SigningKey, out var key) || await FindKeyOwnerAsync(key.Text) is not { } owner
            || owner.Address != address.Value)
        {
            return new(RevokeSigningKeyStatus.InvalidSigningKey, now);
        }
        if (!WalletSignature.Verify(request.Message, request.Signature ?? string.Empty, address))
        {
            return new(RevokeSigningKeyStatus.InvalidSignature, now);
        }
        var result = await SubmitAsync(
            new RevokeSigningKeyWrite(address.Value, key.Text, message.Ts, request.Message, request.Signature!), cancellationToken);
        if (result.Status == RevokeSigningKeyStatus.Success)
        {
            _activeKeys.Forget(key.Text);
        }
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        _metrics.Dispose();
    }

    /// <summary>
    /// The log position of the last operation reported to <see cref="OperationsCommitted"/>; behind the log's end
    /// only for the moments between a commit and its report.
    /// </summary>
    public long ReportedPosition => _feed.Reported;

    /// <summary>Writes waiting for a commit.</summary>
    internal int QueuedWrites => _writer.QueueDepth;

    /// <summary>Reported after each commit: how many writes it decided and how many SQL statements it ran.</summary>
    internal event Action<CommitStatistics>? Committed
    {
        add => _writer.Committed += value;
        remove => _writer.Committed -= value;
    }

    private long NowMs() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>The owner of <paramref name="key"/> if it is registered and not revoked, else null.</summary>
    private async Task<string?> FindActiveOwnerAsync(string key)
    {
        if (_activeKeys.TryGetOwner(key, out var cached))
        {
            return cached;
        }
        var revocations = _activeKeys.Revocations;
        if (await FindKeyOwnerAsync(key) is not { Revoked: false } owner)
        {
            return null;
        }
        _activeKeys.Remember(key, owner.Address, revocations);
        return owner.Address;
    }

    private async Task<bool> IsActiveKeyOfAsync(string key, EvmAddress address) =>
        await FindKeyOwnerAsync(key) is { Revoked: false } owner && owner.Address == address.Value;

    private async Task<KeyOwner?> FindKeyOwnerAsync(string key)
    {
        await using var context = await _factory.CreateDbContextAsync();
        return await _findKeyOwner(context, key);
    }

    internal static bool IsAddress(string text, EvmAddress address) =>
        EvmAddress.TryParse(text, out var parsed) && parsed == address;

    /// <summary>Reads a message of <paramref name="op"/> about one handle; it must name the request's address and handle.</summary>
    internal static bool TryReadHandleMessage(
        [NotNullWhen(true)] string? text, string op, EvmAddress address, string? handle,
        [NotNullWhen(true)] out SignedMessage? message) =>
        SignedMessage.TryParse(text, op, MessageFields.Handle, out message)
        && IsAddress(message.Address, address) && message.Handle == handle;

    private void Publish(IReadOnlyList<OperationProof> operations)
    {
        // A revocation committed by another instance reaches this one here.
        foreach (var operation in operations)
        {
            if (operation.Kind == OperationKinds.RevokeSigningKey && operation.SigningKey is { } key)
            {
                _activeKeys.Forget(key);
            }
        }
        if (OperationsCommitted is not { } handlers)
        {
            return;
        }
        // One by one: a subscriber's failure must stop neither the feed nor the subscribers after it.
        foreach (var handler in Delegate.EnumerateInvocationList(handlers))
        {
            try
            {
                handler(operations);
            }
            catch (Exception exception)
            {
                FollowsLog.SubscriberFailed(_logger, exception);
            }
        }
    }

    private sealed record KeyOwner(string Address, bool Revoked);
}
