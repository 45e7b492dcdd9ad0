using System.Threading.Channels;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphQlFollows.Api.Subscriptions;

/// <summary>
/// Broadcasts the follow graph's committed follows and unfollows to subscriptions, each filtered by profile or address.
/// <para>
/// The graph's operation feed only hands each commit over (it never waits for subscribers); one pump turns commits into events,
/// reading the counts of all the commits waiting at once (two SQL statements), and offers each event to the
/// subscribers whose filter it matches (found through a <see cref="SubscriberIndex"/>). Each subscriber has a bounded buffer of <see cref="FollowsApiOptions.SubscriberBufferSize"/>
/// events: a subscriber that lets it fill is disconnected with an error, so a slow client never holds back writers or
/// other subscribers, and never misses events without knowing.
/// </para>
/// </summary>
public sealed partial class FollowEvents : IAsyncDisposable
{
    private readonly FollowGraph _graph;
    private readonly FollowQueries _queries;
    private readonly int _bufferSize;
    private readonly Channel<IReadOnlyList<OperationProof>> _commits =
        Channel.CreateUnbounded<IReadOnlyList<OperationProof>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SubscriberIndex _subscribers = new();
    private Task _pump = Task.CompletedTask;
    private readonly ILogger _logger;

    public FollowEvents(FollowGraph graph, FollowQueries queries, FollowsApiOptions? options = null, ILogger<FollowEvents>? logger = null)
    {
        _logger = logger ?? NullLogger<FollowEvents>.Instance;
        _graph = graph;
        _queries = queries;
        var settings = options ?? new FollowsApiOptions();
        FollowsApiOptionsValidator.ThrowIfInvalid(settings);
        _bufferSize = settings.SubscriberBufferSize;
        graph.OperationsCommitted += OnCommitted;
    }

    /// <summary>Starts the pump that turns commits into events; until then, commits wait for it.</summary>
    public void Start() => _pump = Task.Run(PumpAsync);

    /// <summary>How many subscriptions are open.</summary>
    public int SubscriberCount => _subscribers.Count;

    /// <summary>
    /// Opens a subscription at once, so that every event committed from now on reaches it, and returns its stream.
    /// The subscription closes when the stream is disposed or <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public IAsyncEnumerable<object?> Subscribe(FollowEventFilter filter, CancellationToken cancellationToken = default)
    {
        var subscriber = new FollowEventSubscriber(filter, _bufferSize, _subscribers.Remove);
        _subscribers.Add(subscriber);
        subscriber.LeaveOn(cancellationToken);
        return subscriber.ReadAllAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _graph.OperationsCommitted -= OnCommitted;
        _commits.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
        foreach (var subscriber in _subscribers.All())
        {
            subscriber.End("The server is shutting down.");
        }
    }

    // Runs on the graph's operation feed: hand over and return.
    private void OnCommitted(IReadOnlyList<OperationProof> operations)
    {
        if (_subscribers.Count > 0 && operations.Any(FollowEvent.IsFollowChange))
        {
            _commits.Writer.TryWrite(operations);
        }
    }

    private async Task PumpAsync()
    {
        var reader = _commits.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var operations = new List<OperationProof>();
            while (reader.TryRead(out var commit))
            {
                operations.AddRange(commit.Where(FollowEvent.IsFollowChange));
            }
            if (_subscribers.Count == 0)
            {
                continue;
            }
            try
            {
                Broadcast(await ToEventsAsync(operations).ConfigureAwait(false));
            }
            catch (Exception exception)
            {
                // The counts could not be read: the events are lost, so their subscribers must not go on unaware.
                EventsLost(_logger, operations.Count, _subscribers.Count, exception);
                foreach (var subscriber in _subscribers.All())
                {
                    subscriber.End("Follow events could not be read; subscribe again.");
                }
            }
        }
    }

    private async Task<List<FollowEvent>> ToEventsAsync(List<OperationProof> operations)
    {
        var handles = operations.SelectMany(o => o.Handles).Distinct().ToArray();
        var addresses = operations.Select(o => o.Address).Distinct().ToArray();
        var profiles = await _queries.GetProfilesAsync(handles).ConfigureAwait(false);
        var followingCounts = await _queries.GetFollowingCountsAsync(addresses).ConfigureAwait(false);
        var events = new List<FollowEvent>();
        foreach (var operation in operations)
        {
            var kind = FollowEvent.IsFollow(operation) ? FollowEventKind.Follow : FollowEventKind.Unfollow;
            foreach (var handle in operation.Handles)
            {
                events.Add(new FollowEvent(
                    kind, operation.Address, handle, profiles.GetValueOrDefault(handle)?.FollowerCount ?? 0,
                    followingCounts.GetValueOrDefault(operation.Address), operation.Position, operation.AcceptedAt));
            }
        }
        return events;
    }

    private void Broadcast(List<FollowEvent> events)
    {
        foreach (var followEvent in events)
        {
            var (ofHandle, ofAddress) = _subscribers.Matching(followEvent);
            foreach (var subscriber in ofHandle)
            {
                subscriber.Offer(followEvent);
            }
            foreach (var subscriber in ofAddress)
            {
                subscriber.Offer(followEvent);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The events of {Operations} operations could not be read; their {Subscribers} subscribers were ended.")]
    private static partial void EventsLost(ILogger logger, int operations, int subscribers, Exception exception);
}
