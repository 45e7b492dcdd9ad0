using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphQlFollows.Api.Subscriptions;

/// <summary>
/// One subscription's buffer of events. Writers never wait on it: when it is full the subscriber has fallen behind,
/// and it is disconnected (its stream ends after the events it holds, with a <see cref="SubscriptionEnded"/> saying
/// why) rather than slowing the others or silently missing events.
/// </summary>
internal sealed class FollowEventSubscriber
{
    private readonly Channel<FollowEvent> _events;
    private readonly Action<FollowEventSubscriber> _leave;
    private string? _endReason;
    private CancellationTokenRegistration _cancellation;

    public FollowEventSubscriber(FollowEventFilter filter, int capacity, Action<FollowEventSubscriber> leave)
    {
        Filter = filter;
        _leave = leave;
        _events = Channel.CreateBounded<FollowEvent>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public FollowEventFilter Filter { get; }

    /// <summary>
    /// Removes the subscriber when the request is cancelled, whether or not its stream was ever read (a host that drops
    /// a subscription before reading it would otherwise leave it registered).
    /// </summary>
    public void LeaveOn(CancellationToken cancellationToken) =>
        _cancellation = cancellationToken.UnsafeRegister(static state => ((FollowEventSubscriber)state!).Close(), this);

    /// <summary>Queues the event, or disconnects the subscriber when its buffer is full.</summary>
    public void Offer(FollowEvent followEvent)
    {
        if (!_events.Writer.TryWrite(followEvent))
        {
            End("This subscription fell too far behind the events and was ended; subscribe again.");
        }
    }

    /// <summary>Ends the stream once the events already queued are read; the first reason given is kept.</summary>
    public void End(string reason)
    {
        Interlocked.CompareExchange(ref _endReason, reason, null);
        Close();
    }

    private void Close()
    {
        _events.Writer.TryComplete();
        _leave(this);
    }

    /// <summary>
    /// The queued events, then, if the subscriber was ended, a <see cref="SubscriptionEnded"/>. Leaving the stream
    /// (disposing it, or cancelling the request) removes the subscriber.
    /// </summary>
    public async IAsyncEnumerable<object?> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var followEvent in _events.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return followEvent;
            }
            if (Volatile.Read(ref _endReason) is { } reason)
            {
                yield return new SubscriptionEnded(reason);
            }
        }
        finally
        {
            await _cancellation.DisposeAsync().ConfigureAwait(false);
            Close();
        }
    }
}

/// <summary>The last item of a stream the server ended: resolved as the error of the final response.</summary>
internal sealed record SubscriptionEnded(string Reason);
