using System.Diagnostics.Metrics;
using GraphQlFollows.Api.Subscriptions;

namespace GraphQlFollows.Server.Telemetry;

/// <summary>The open <c>followEvents</c> subscriptions, on the meter <see cref="MeterName"/>.</summary>
internal sealed class SubscriberGauge
{
    public const string MeterName = "GraphQlFollows.Api";

    public SubscriberGauge(IMeterFactory meters, FollowEvents events)
    {
        meters.Create(MeterName).CreateObservableGauge(
            "follows.subscribers", () => events.SubscriberCount, "{subscription}", "Open followEvents subscriptions.");
    }
}
