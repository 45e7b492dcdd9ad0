namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// A bounded, thread-safe map from query text to what preparing it produced, dropping the least recently used entry
/// when full. Keys are the texts themselves: a hash lookup, then an ordinal comparison, so no collision can mix two
/// documents up.
/// </summary>
internal sealed class DocumentCache<TValue>(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value)> _recency = new();

    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string key, out TValue value)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (node != _recency.First)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }

                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds the value unless another thread added one first; returns the one kept.</summary>
    public TValue GetOrAdd(string key, TValue value)
    {
        if (capacity <= 0)
        {
            return value;
        }

        lock (_entries)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return existing.Value.Value;
            }

            if (_entries.Count >= capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }

            _entries.Add(key, _recency.AddFirst((key, value)));
            return value;
        }
    }
}
