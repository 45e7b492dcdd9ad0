namespace GraphQlFollows.Api;

/// <summary>Settings of the API layer.</summary>
public sealed class FollowsApiOptions
{
    /// <summary>
    /// How many events a subscription may have waiting to be sent; one that falls further behind is ended with an
    /// error (see <see cref="Subscriptions.FollowEvents"/>).
    /// </summary>
    public int SubscriberBufferSize { get; set; } = 256;
}
