namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// A stack shared by all lists of one node type during a parse: a list pushes its items on top of those of the
/// lists that enclose it, then moves them into an exact-size array. Kept per thread in <see cref="ParserBuffers"/>.
/// </summary>
internal sealed class NodeBuffer<T>
    where T : class
{
    private T[] _items = new T[16];
    private int _count;

    /// <summary>Where the list being built starts; pass it back to <see cref="PopFrom"/>.</summary>
    public int Mark => _count;

    public void Push(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    public T[] PopFrom(int mark)
    {
        var length = _count - mark;
        if (length == 0)
        {
            return [];
        }

        var result = new T[length];
        Array.Copy(_items, mark, result, 0, length);
        Array.Clear(_items, mark, length);
        _count = mark;
        return result;
    }

    /// <summary>Drops what a failed parse left behind.</summary>
    public void Reset()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }
}
