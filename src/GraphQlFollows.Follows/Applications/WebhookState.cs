namespace GraphQlFollows.Follows.Applications;

/// <summary>A registered webhook, its store id and the log position delivered so far.</summary>
public sealed record WebhookState(long Id, Webhook Webhook, long Position);
