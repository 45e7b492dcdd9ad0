namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// The Relay page logic every keyset-paged list shares, whatever it is ordered by: a page from the start
/// (<c>first</c>) or from the end (<c>last</c>, read backwards and turned around), trimmed to <c>last</c> when both
/// are given, and whether more lies on either side. One item is read past the page, which tells whether more lie
/// beyond it without counting the list.
/// </summary>
internal readonly struct KeysetPage
{
    private readonly int? _first;
    private readonly int? _last;
    private readonly int _size;

    public KeysetPage(int? first, int? last)
    {
        _first = first;
        _last = last;
        FromEnd = first is null && last is not null;
        _size = (FromEnd ? last : first) ?? PageRequest.DefaultSize;
    }

    /// <summary>Whether the page is read from the end of the list, backwards (<c>last</c> without <c>first</c>).</summary>
    public bool FromEnd { get; }

    /// <summary>How many items to read.</summary>
    public int ReadCount => _size + 1;

    /// <summary>
    /// Whether <see cref="Cut{T}"/> needs to know if the list holds an item at or before the <c>after</c> cursor:
    /// reading from the start, the items read cannot tell.
    /// </summary>
    public bool AsksThroughAfter(bool hasAfter) => hasAfter && !FromEnd;

    /// <summary>Whether <see cref="Cut{T}"/> needs to know if the list holds an item at or after the <c>before</c> cursor.</summary>
    public bool AsksFromBefore(bool hasBefore) => hasBefore && FromEnd;

    /// <summary>Cuts the items read (in reading order; the list is changed) to the page, in the list's order.</summary>
    /// <param name="anyThroughAfter">Whether the list holds an item at or before the <c>after</c> cursor, when <see cref="AsksThroughAfter"/>.</param>
    /// <param name="anyFromBefore">Whether the list holds an item at or after the <c>before</c> cursor, when <see cref="AsksFromBefore"/>.</param>
    public (List<T> Items, bool HasPreviousPage, bool HasNextPage) Cut<T>(List<T> items, bool anyThroughAfter, bool anyFromBefore)
    {
        var more = items.Count > _size;
        if (more)
        {
            items.RemoveRange(_size, items.Count - _size);
        }
        if (FromEnd)
        {
            items.Reverse();
        }
        var trimmed = false;
        if (_first is not null && _last is { } lastCount && items.Count > lastCount)
        {
            items.RemoveRange(0, items.Count - lastCount);
            trimmed = true;
        }
        var hasPrevious = FromEnd ? more : trimmed || anyThroughAfter;
        var hasNext = FromEnd ? anyFromBefore : more;
        return (items, hasPrevious, hasNext);
    }
}
