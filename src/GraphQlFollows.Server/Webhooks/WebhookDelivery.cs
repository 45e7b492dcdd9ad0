using System.Threading.Channels;
using GraphQlFollows.Follows.Applications;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>
/// One webhook's own loop: reads the log after its position, delivers each operation its filters let through in
/// log order (the next only once the last was accepted), and keeps its position in the database after each, so a
/// restart resumes there. A slow or dead receiver holds up this loop only: writes and other webhooks go on.
/// </summary>
internal sealed class WebhookDelivery(
    WebhookState state, WebhookLog log, WebhookSender sender, WebhookStore store, WebhookOptions options, ILogger logger)
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long _position = state.Position;

    public WebhookState State => state;

    /// <summary>Tells the loop that the log has grown; never blocks.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (!await DeliverPageAsync(stopping))
                {
                    await WaitAsync(stopping);
                }
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                // The log or the position could not be read or written: try again from the last delivered position.
                logger.LogWarning(exception, "The webhook {Name} could not go on after position {Position}.", state.Webhook.Name, _position);
                await WaitAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <returns>False when the log had nothing after the position.</returns>
    private async Task<bool> DeliverPageAsync(CancellationToken stopping)
    {
        var page = await log.ReadAsync(_position, stopping);
        foreach (var operation in page)
        {
            if (operation.IsFor(state.Webhook))
            {
                await sender.SendAsync(state.Id, state.Webhook, operation, stopping);
                await store.SavePositionAsync(state.Id, operation.Position, stopping);
            }
            _position = operation.Position;
        }
        if (page.Count > 0)
        {
            // Operations the filters passed over move the position too.
            await store.SavePositionAsync(state.Id, _position, stopping);
        }
        return page.Count > 0;
    }

    private async Task WaitAsync(CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.PollInterval);
        try
        {
            await _wake.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }
}
