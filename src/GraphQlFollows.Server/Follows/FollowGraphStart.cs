using GraphQlFollows.Api.Subscriptions;
using GraphQlFollows.Follows.Graph;

namespace GraphQlFollows.Server.Follows;

// The follow graph's background work, each part a hosted service started after the store's migration and in this
// order: the operation feed reads the log's end before the writer may commit after it, and the event pump turns
// the feed's reports into subscriptions' events. The container disposes the graph and the events at shutdown,
// which commits what is queued and ends the subscriptions; stopping has nothing to do before that.

/// <summary>Starts the operation feed (<see cref="FollowGraph.StartFeedAsync"/>).</summary>
internal sealed class OperationFeedService(FollowGraph graph) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => graph.StartFeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Starts the writer (<see cref="FollowGraph.StartWriter"/>), once the feed has started.</summary>
internal sealed class GraphWriterService(FollowGraph graph) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        graph.StartWriter();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Starts the pump of subscriptions' events (<see cref="FollowEvents.Start"/>).</summary>
internal sealed class FollowEventsService(FollowEvents events) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        events.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
