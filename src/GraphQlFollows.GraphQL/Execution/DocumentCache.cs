namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// A bounded, thread-safe map from query text to what preparing it produced, dropping the least recently used entries
/// when it holds too many, or too much text (clients choose the texts, and a parsed document weighs like its text).
/// Keys are the texts themselves: a hash lookup, then an ordinal comparison, so no collision can mix two documents up.
/// </summary>
internal sealed class DocumentCache<TValue>(int capacity, long maxTotalLength)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value)> _recency = new();
    private long _totalLength;

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
        if (capacity <= 0 || key.Length > maxTotalLength)
        {
            return value;
        }

        lock (_entries)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return existing.Value.Value;
            }

            while (_entries.Count >= capacity || _totalLength + key.Length > maxTotalLength)
            {
                var oldest = _recency.Last!.Value.Key;
                _entries.Remove(oldest);
                _recency.RemoveLast();
                _totalLength -= oldest.Length;
            }

            _entries.Add(key, _recency.AddFirst((key, value)));
            _totalLength += key.Length;
            return value;
        }
    }
}
