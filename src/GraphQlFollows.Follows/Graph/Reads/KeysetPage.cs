namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The Relay page logic every keyset-paged list shares, whatever it is ordered by: a page from the start
/// (<c>first</c>) or from the end (<c>last</c>, read backwards and turned around), trimmed to <c>last</c> when both
/// are given, and whether more lies on either side.
/// </summary>
internal static class KeysetPage
{
    /// <param name="readAsync">
    /// Reads up to the given count of items between the cursors, in the page's order or, when told to, backwards.
    /// </param>
    /// <param name="anyThroughAfterAsync">Whether the list holds an item at or before the <c>after</c> cursor; null without one.</param>
    /// <param name="anyFromBeforeAsync">Whether the list holds an item at or after the <c>before</c> cursor; null without one.</param>
    public static async Task<(List<T> Items, bool HasPreviousPage, bool HasNextPage)> ReadAsync<T>(
        int? first,
        int? last,
        Func<bool, int, Task<List<T>>> readAsync,
        Func<Task<bool>>? anyThroughAfterAsync,
        Func<Task<bool>>? anyFromBeforeAsync)
    {
        var fromEnd = first is null && last is not null;
        var size = (fromEnd ? last : first) ?? PageRequest.DefaultSize;
        // One item past the page tells whether more lie beyond it, without counting the list.
        var items = await readAsync(fromEnd, size + 1);
        var more = items.Count > size;
        if (more)
        {
            items.RemoveRange(size, items.Count - size);
        }
        if (fromEnd)
        {
            items.Reverse();
        }
        var trimmed = false;
        if (first is not null && last is { } lastCount && items.Count > lastCount)
        {
            items.RemoveRange(0, items.Count - lastCount);
            trimmed = true;
        }
        var hasPrevious = fromEnd ? more : trimmed || (anyThroughAfterAsync is not null && await anyThroughAfterAsync());
        var hasNext = fromEnd ? anyFromBeforeAsync is not null && await anyFromBeforeAsync() : more;
        return (items, hasPrevious, hasNext);
    }
}
