using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Api.Subscriptions;

/// <summary>
/// The open subscriptions, found by what their filter names (a handle, else an address), so that an event costs the
/// subscribers it reaches rather than a pass over every subscription the server holds. The lists are replaced, never
/// changed, so a broadcast goes on offering to the lists it took while subscriptions come and go.
/// </summary>
internal sealed class SubscriberIndex
{
    private static readonly FollowEventSubscriber[] None = [];

    private readonly Lock _gate = new();
    private readonly HashSet<FollowEventSubscriber> _all = [];
    private readonly Dictionary<string, FollowEventSubscriber[]> _byHandle = new(StringComparer.Ordinal);
    private readonly Dictionary<EvmAddress, FollowEventSubscriber[]> _byAddress = [];

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
                _byHandle[handle] = [.. _byHandle.GetValueOrDefault(handle, None), subscriber];
            }
            else if (subscriber.Filter.Address is { } address)
            {
                _byAddress[address] = [.. _byAddress.GetValueOrDefault(address, None), subscriber];
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
            return (_byHandle.GetValueOrDefault(followEvent.Handle, None), _byAddress.GetValueOrDefault(followEvent.Address, None));
        }
    }

    public FollowEventSubscriber[] All()
    {
        lock (_gate)
        {
            return [.. _all];
        }
    }

    private static void Without<TKey>(Dictionary<TKey, FollowEventSubscriber[]> index, TKey key, FollowEventSubscriber subscriber)
        where TKey : notnull
    {
        var remaining = Array.FindAll(index[key], other => other != subscriber);
        if (remaining.Length == 0)
        {
            index.Remove(key);
        }
        else
        {
            index[key] = remaining;
        }
    }
}
