namespace GraphQlFollows.Api;

/// <summary>Settings of the API layer.</summary>
public sealed class FollowsApiOptions
{
    /// <summary>The configuration section hosts bind, which names the settings in validation messages.</summary>
    public const string SectionName = "FollowsApi";

    /// <summary>
    /// How many events a subscription may have waiting to be sent; one that falls further behind is ended with an
    /// error (see <see cref="Subscriptions.FollowEvents"/>).
    /// </summary>
    public int SubscriberBufferSize { get; set; } = 256;
}
