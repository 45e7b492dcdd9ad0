using GraphQlFollows.Follows.Applications;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>
/// Runs a <see cref="WebhookDelivery"/> for every registered webhook: encrypts the secrets stored before secrets were
/// encrypted and registers the configured webhooks before the server listens, reads the list again every
/// <see cref="WebhookOptions.RefreshInterval"/> to start the added and stop the removed or changed, and wakes every
/// loop when operations are committed (a signal that never waits for a loop). A webhook whose secret this server's
/// key cannot decrypt is not started, and said so once. The deliveries start <see cref="WebhookOptions.StartDelay"/>
/// after the server has: a starting server's first answers need none of them.
/// </summary>
internal sealed class WebhookDispatcher : BackgroundService
{
    private readonly WebhookStore _store;
    private readonly WebhookLog _log;
    private readonly WebhookSender _sender;
    private readonly FollowGraph _graph;
    private readonly WebhookOptions _options;
    private readonly IReadOnlyList<Webhook> _configured;
    private readonly ILogger<WebhookDelivery> _logger;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly Dictionary<long, Running> _running = [];
    private readonly HashSet<long> _reportedUnreadable = [];
    private volatile Running[] _wakeable = [];

    public WebhookDispatcher(
        WebhookStore store, WebhookLog log, WebhookSender sender, FollowGraph graph, IOptions<WebhookOptions> options,
        IHostApplicationLifetime lifetime, ILogger<WebhookDelivery> logger)
    {
        _lifetime = lifetime;
        _store = store;
        _log = log;
        _sender = sender;
        _graph = graph;
        _options = options.Value;
        _logger = logger;
        // A misconfigured webhook stops the server at start, with the reason.
        _configured = _options.Endpoints.ConvertAll(e => Webhook.From(e.Name, e.Url, e.Secret, e.Handle, e.Address));
    }

    // A configured webhook new to the database starts at the log's end when it is registered: registered before the
    // server listens, it gets every operation the server accepts. Only the deliveries wait for the start.
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await _store.ProtectPlainSecretsAsync(cancellationToken) is > 0 and var encrypted)
        {
            _logger.LogInformation("The secrets of {Count} webhooks were stored in plain text; they are encrypted now.", encrypted);
        }
        foreach (var webhook in _configured)
        {
            await _store.EnsureAsync(webhook, cancellationToken);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        _graph.OperationsCommitted += WakeAll;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RefreshAsync(stoppingToken);
                await Task.Delay(_options.RefreshInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
        finally
        {
            _graph.OperationsCommitted -= WakeAll;
            await Task.WhenAll(_running.Values.Select(StopAsync));
        }
    }

    // Each delivery reads the log from its webhook's position, so commits made before it starts are delivered all the same.
    private async Task StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (_lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        await Task.Delay(_options.StartDelay, stoppingToken);
    }

    private void WakeAll(IReadOnlyList<OperationProof> committed)
    {
        foreach (var running in _wakeable)
        {
            running.Delivery.Wake();
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<WebhookState> registered;
        try
        {
            registered = await _store.ListAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            _logger.LogWarning(exception, "The list of webhooks could not be read; the running ones go on.");
            return;
        }

        var current = registered.ToDictionary(state => state.Id);
        foreach (var (id, running) in _running.ToArray())
        {
            if (!current.TryGetValue(id, out var state) || state.Webhook != running.Delivery.State.Webhook)
            {
                _running.Remove(id);
                await StopAsync(running);
            }
        }
        foreach (var state in registered.Where(state => !_running.ContainsKey(state.Id)))
        {
            if (!state.SecretUnreadable)
            {
                _running[state.Id] = Start(state, stoppingToken);
            }
            else if (_reportedUnreadable.Add(state.Id))
            {
                _logger.LogError(
                    "The secret of the webhook {Name} does not decrypt with this server's Webhooks:SecretKey; nothing is delivered to it until it is added again with its secret.",
                    state.Webhook.Name);
            }
        }
        _wakeable = [.. _running.Values];
    }

    private Running Start(WebhookState state, CancellationToken stoppingToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delivery = new WebhookDelivery(state, _log, _sender, _store, _options, _logger);
        return new Running(delivery, stop, Task.Run(() => delivery.RunAsync(stop.Token), CancellationToken.None));
    }

    private static async Task StopAsync(Running running)
    {
        await running.Stop.CancelAsync();
        await running.Loop;
        running.Stop.Dispose();
    }

    private sealed record Running(WebhookDelivery Delivery, CancellationTokenSource Stop, Task Loop);
}
