namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// Pages of the lists kept in operation order (followers, followings, blocked addresses), for one key or for
/// many at once, each key's page cut as <see cref="KeysetPage"/> says: the rows of every key come from one
/// statement, and whether more lie before an <c>after</c> cursor (or past a <c>before</c> one) from one more.
/// </summary>
internal sealed class EdgePages(IGraphReader reader)
{
    /// <summary>The page of each key's list; every key is in the answer, with an empty page when its list is.</summary>
    public async Task<Dictionary<string, EdgePage>> ReadAsync(EdgeList list, IReadOnlyList<string> keys, PageRequest page, bool ascending)
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        var cut = new KeysetPage(page.First, page.Last);
        var window = Window(page, ascending, cut);
        var rows = keys.Count == 1
            ? await reader.ReadEdgesAsync(list, keys[0], window)
            : await reader.ReadEdgesAsync(list, keys, window);
        // In the page's order: a row at or before the after cursor, a row at or after the before cursor.
        var throughAfter = page.After is { } after && cut.AsksThroughAfter(hasAfter: true)
            ? await reader.KeysWithEdgesAsync(list, keys, after, atOrAbove: !ascending)
            : null;
        var fromBefore = page.Before is { } before && cut.AsksFromBefore(hasBefore: true)
            ? await reader.KeysWithEdgesAsync(list, keys, before, atOrAbove: ascending)
            : null;

        var byKey = keys.Count == 1 ? new Dictionary<string, List<EdgeRow>> { [keys[0]] = rows } : Group(list, keys, rows);
        var pages = new Dictionary<string, EdgePage>(keys.Count);
        foreach (var key in keys)
        {
            var (items, hasPrevious, hasNext) = cut.Cut(byKey[key], throughAfter?.Contains(key) == true, fromBefore?.Contains(key) == true);
            pages[key] = new EdgePage(items, hasPrevious, hasNext);
        }
        return pages;
    }

    private static OperationWindow Window(PageRequest page, bool ascending, KeysetPage cut)
    {
        // Newest first, the after cursor bounds the rows from above; oldest first, from below.
        var (above, below) = ascending ? (page.After, page.Before) : (page.Before, page.After);
        // Reading from the end walks the index the other way.
        return new OperationWindow(above ?? OperationWindow.NoAbove, below ?? OperationWindow.NoBelow, ascending == cut.FromEnd, cut.ReadCount);
    }

    private static Dictionary<string, List<EdgeRow>> Group(EdgeList list, IReadOnlyList<string> keys, List<EdgeRow> rows)
    {
        var byKey = new Dictionary<string, List<EdgeRow>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            byKey[key] = [];
        }
        foreach (var row in rows)
        {
            byKey[list == EdgeList.Followings ? row.Address.Value : row.Handle].Add(row);
        }
        return byKey;
    }
}

/// <summary>A page of an <see cref="EdgeList"/>, in the list's order.</summary>
internal readonly record struct EdgePage(List<EdgeRow> Rows, bool HasPreviousPage, bool HasNextPage);
