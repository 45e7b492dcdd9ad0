using GraphQlFollows.Follows.Applications;
using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>One operation of the log as a webhook receives it: the JSON of the <c>operations</c> query's node.</summary>
internal sealed record WebhookOperation(long Position, string Address, IReadOnlyList<string> Handles, ReadOnlyMemory<byte> Body)
{
    /// <summary>Whether the webhook's filters let the operation through.</summary>
    public bool IsFor(Webhook webhook) =>
        (webhook.Handle is null || Handles.Contains(webhook.Handle))
        && (webhook.Address is not { } address || string.Equals(address.Value, Address, StringComparison.OrdinalIgnoreCase));
}
