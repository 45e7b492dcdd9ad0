namespace GraphQlFollows.Follows.Applications;

/// <summary>A registered webhook, its store id and the log position delivered so far.</summary>
/// <param name="SecretUnreadable">
/// The stored secret does not decrypt under this key (it was stored under another): the webhook's
/// <see cref="Webhook.Secret"/> is empty, and nothing can be delivered to it until it is registered again.
/// </param>
public sealed record WebhookState(long Id, Webhook Webhook, long Position, bool SecretUnreadable = false);
