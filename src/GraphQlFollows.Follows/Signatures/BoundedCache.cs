using System.Collections.Concurrent;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// A thread-safe map from text to values, holding at most a fixed number of entries (exceeded only by
/// entries that threads add at the same moment). When full it evicts the entries not read since the
/// previous eviction (a second-chance policy: cheaper than a strict LRU, since a hit only sets a flag),
/// and if that is not enough, arbitrary ones.
/// </summary>
internal sealed class BoundedCache<TValue>
    where TValue : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private readonly Action<TValue>? _onEvicted;
    private readonly Lock _evictionLock = new();

    /// <param name="capacity">The most entries kept.</param>
    /// <param name="onEvicted">Called with each value the cache lets go of, to release what it holds.</param>
    public BoundedCache(int capacity, Action<TValue>? onEvicted = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _onEvicted = onEvicted;
    }

    public int Count => _entries.Count;

    public bool TryGetValue(string key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.RecentlyUsed = true;
            value = entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> unless a value is cached under the key already; returns the value now cached.</summary>
    public TValue GetOrAdd(string key, TValue value)
    {
        if (TryGetValue(key, out var cached))
        {
            return cached;
        }

        // Room is made before adding, so that the new entry is never the one evicted.
        if (_entries.Count >= _capacity)
        {
            Evict();
        }

        var stored = _entries.GetOrAdd(key, new Entry(value));
        stored.RecentlyUsed = true;
        return stored.Value;
    }

    /// <summary>Lets go of the entry under <paramref name="key"/>, if there is one.</summary>
    public void Remove(string key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Remove(key, entry);
        }
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            if (_entries.Count < _capacity)
            {
                return;
            }

            EvictUnused();
            if (_entries.Count >= _capacity)
            {
                // Every entry was in use: free a quarter, so that a stream of new keys does not sweep on every insertion.
                EvictAny(_entries.Count - (_capacity - _capacity / 4) + 1);
            }
        }
    }

    private void EvictUnused()
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.RecentlyUsed)
            {
                entry.RecentlyUsed = false;
            }
            else
            {
                Remove(key, entry);
            }
        }
    }

    private void EvictAny(int count)
    {
        foreach (var (key, entry) in _entries)
        {
            if (count-- <= 0)
            {
                break;
            }

            Remove(key, entry);
        }
    }

    private void Remove(string key, Entry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
        {
            _onEvicted?.Invoke(entry.Value);
        }
    }

    private sealed class Entry(TValue value)
    {
        public TValue Value { get; } = value;

        // A benign race: a lost update only changes which entry an eviction picks.
        public bool RecentlyUsed { get; set; } = true;
    }
}
