using System.Collections.Concurrent;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Api.Subscriptions;

/// <summary>
/// The open subscriptions, found by what their filter names (a handle, else an address), so that an event costs the
/// subscribers it reaches rather than a pass over every subscription the server holds. Adding and removing a
/// subscriber cost O(1) and take no lock of the index's own: thousands of subscriptions to one profile arriving at
/// once must not queue behind one another. A broadcast goes through a handle's subscribers as they are while
/// subscriptions come and go.
/// </summary>
internal sealed class SubscriberIndex
{
    private readonly ConcurrentDictionary<string, SubscriberSet> _byHandle = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<EvmAddress, SubscriberSet> _byAddress = new();

    // Every commit asks for the count (to skip the work when nobody listens), so it is kept apart from the sets.
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add(FollowEventSubscriber subscriber)
    {
        var added = subscriber.Filter switch
        {
            { Handle: { } handle } => Add(_byHandle, handle, subscriber),
            { Address: { } address } => Add(_byAddress, address, subscriber),
            _ => false,
        };
        if (added)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void Remove(FollowEventSubscriber subscriber)
    {
        var removed = subscriber.Filter switch
        {
            { Handle: { } handle } => Remove(_byHandle, handle, subscriber),
            { Address: { } address } => Remove(_byAddress, address, subscriber),
            _ => false,
        };
        if (removed)
        {
            Interlocked.Decrement(ref _count);
        }
    }

    /// <summary>The subscribers of the event's profile and those of its address, read as the broadcast goes.</summary>
    public (IEnumerable<FollowEventSubscriber> OfHandle, IEnumerable<FollowEventSubscriber> OfAddress) Matching(FollowEvent followEvent) =>
        (MembersOf(_byHandle, followEvent.Handle), MembersOf(_byAddress, followEvent.Address));

    public FollowEventSubscriber[] All() =>
        [.. _byHandle.Values.SelectMany(set => set.Members), .. _byAddress.Values.SelectMany(set => set.Members)];

    private static bool Add<TKey>(ConcurrentDictionary<TKey, SubscriberSet> index, TKey key, FollowEventSubscriber subscriber)
        where TKey : notnull
    {
        while (true)
        {
            var set = index.GetOrAdd(key, static _ => new SubscriberSet());
            if (set.TryAdd(subscriber, out var added))
            {
                return added;
            }
            // The key's set emptied and was retired: help take it out, then take or make the key's next one.
            index.TryRemove(KeyValuePair.Create(key, set));
        }
    }

    private static bool Remove<TKey>(ConcurrentDictionary<TKey, SubscriberSet> index, TKey key, FollowEventSubscriber subscriber)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set) || !set.Remove(subscriber, out var retired))
        {
            return false;
        }
        if (retired)
        {
            // An empty set leaves the index, so that keys nobody listens to any more take no memory.
            index.TryRemove(KeyValuePair.Create(key, set));
        }
        return true;
    }

    private static IEnumerable<FollowEventSubscriber> MembersOf<TKey>(ConcurrentDictionary<TKey, SubscriberSet> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var set) ? set.Members : [];

    /// <summary>
    /// The subscribers of one handle or address. It counts its members and the adds under way; once that count falls
    /// to zero it is retired for good, and an add that finds it retired goes to the key's next set, so no subscriber
    /// is ever left in a set the index no longer holds.
    /// </summary>
    private sealed class SubscriberSet
    {
        private const int Retired = -1;

        private readonly ConcurrentDictionary<FollowEventSubscriber, byte> _members = new(ReferenceEqualityComparer.Instance);
        private int _holders;

        /// <summary>
        /// The members as they are while the enumeration goes, which subscriptions coming and going do not disturb
        /// (unlike <c>Keys</c>, which copies them all under every lock of the dictionary).
        /// </summary>
        public IEnumerable<FollowEventSubscriber> Members => _members.Select(static member => member.Key);

        /// <returns>False when the set is retired; otherwise true, with <paramref name="added"/> false if it was a member already.</returns>
        public bool TryAdd(FollowEventSubscriber subscriber, out bool added)
        {
            added = false;
            int holders;
            do
            {
                holders = Volatile.Read(ref _holders);
                if (holders == Retired)
                {
                    return false;
                }
            }
            while (Interlocked.CompareExchange(ref _holders, holders + 1, holders) != holders);
            added = _members.TryAdd(subscriber, 0);
            if (!added)
            {
                Release();
            }
            return true;
        }

        /// <returns>False when it was no member.</returns>
        /// <param name="retired">Whether this removal emptied the set and retired it.</param>
        public bool Remove(FollowEventSubscriber subscriber, out bool retired)
        {
            retired = false;
            if (!_members.TryRemove(subscriber, out _))
            {
                return false;
            }
            retired = Release();
            return true;
        }

        /// <summary>Gives back one hold; true when it was the last and the set is now retired.</summary>
        private bool Release() =>
            Interlocked.Decrement(ref _holders) == 0 && Interlocked.CompareExchange(ref _holders, Retired, 0) == 0;
    }
}
