using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Api.Subscriptions;

/// <summary>
/// The open subscriptions, found by what their filter names (a handle, else an address), so that an event costs the
/// subscribers it reaches rather than a pass over every subscription the server holds. Adding and removing a
/// subscriber cost O(1) whatever the number of subscribers of its handle; a broadcast offers to a snapshot of a
/// handle's subscribers, taken once per change, so it goes on while subscriptions come and go.
/// </summary>
internal sealed class SubscriberIndex
{
    private static readonly FollowEventSubscriber[] None = [];

    private readonly Lock _gate = new();
    private readonly HashSet<FollowEventSubscriber> _all = [];
    private readonly Dictionary<string, SubscriberSet> _byHandle = new(StringComparer.Ordinal);
    private readonly Dictionary<EvmAddress, SubscriberSet> _byAddress = [];

    // Every commit asks for the count (to skip the work when nobody listens), so it is kept readable without the lock.
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add(FollowEventSubscriber subscriber)
    {
        lock (_gate)
        {
            if (!_all.Add(subscriber))
            {
                return;
            }
            Volatile.Write(ref _count, _all.Count);
            if (subscriber.Filter.Handle is { } handle)
            {
                SetOf(_byHandle, handle).Add(subscriber);
            }
            else if (subscriber.Filter.Address is { } address)
            {
                SetOf(_byAddress, address).Add(subscriber);
            }
        }
    }

    public void Remove(FollowEventSubscriber subscriber)
    {
        lock (_gate)
        {
            if (!_all.Remove(subscriber))
            {
                return;
            }
            Volatile.Write(ref _count, _all.Count);
            if (subscriber.Filter.Handle is { } handle)
            {
                Without(_byHandle, handle, subscriber);
            }
            else if (subscriber.Filter.Address is { } address)
            {
                Without(_byAddress, address, subscriber);
            }
        }
    }

    /// <summary>The subscribers of the event's profile and those of its address.</summary>
    public (FollowEventSubscriber[] OfHandle, FollowEventSubscriber[] OfAddress) Matching(FollowEvent followEvent)
    {
        lock (_gate)
        {
            return (Snapshot(_byHandle, followEvent.Handle), Snapshot(_byAddress, followEvent.Address));
        }
    }

    public FollowEventSubscriber[] All()
    {
        lock (_gate)
        {
            return [.. _all];
        }
    }

    private static SubscriberSet SetOf<TKey>(Dictionary<TKey, SubscriberSet> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            set = new SubscriberSet();
            index.Add(key, set);
        }
        return set;
    }

    private static void Without<TKey>(Dictionary<TKey, SubscriberSet> index, TKey key, FollowEventSubscriber subscriber)
        where TKey : notnull
    {
        var set = index[key];
        set.Remove(subscriber);
        if (set.IsEmpty)
        {
            index.Remove(key);
        }
    }

    private static FollowEventSubscriber[] Snapshot<TKey>(Dictionary<TKey, SubscriberSet> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var set) ? set.Snapshot() : None;

    /// <summary>The subscribers of one handle or address, and an array of them made when first asked for after a change.</summary>
    private sealed class SubscriberSet
    {
        private readonly HashSet<FollowEventSubscriber> _members = [];
        private FollowEventSubscriber[]? _snapshot;

        public bool IsEmpty => _members.Count == 0;

        public void Add(FollowEventSubscriber subscriber)
        {
            _members.Add(subscriber);
            _snapshot = null;
        }

        public void Remove(FollowEventSubscriber subscriber)
        {
            _members.Remove(subscriber);
            _snapshot = null;
        }

        public FollowEventSubscriber[] Snapshot() => _snapshot ??= [.. _members];
    }
}
