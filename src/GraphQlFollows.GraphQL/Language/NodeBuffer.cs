using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

        // Writing through a reference skips the covariance check an array store of a non-sealed type costs.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _count++) = item;
    }

    public T[] PopFrom(int mark)
    {
        var length = _count - mark;
        if (length == 0)
        {
            return [];
        }

        var result = new T[length];
        var items = _items.AsSpan(mark, length);
        items.CopyTo(result);
        items.Clear();
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
