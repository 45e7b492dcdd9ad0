using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// Keyset pagination of current follows on <c>follow_position</c>, served by the (handle, follow_position) and
/// (address, follow_position) indexes. A page from the end (<c>last</c>) is read in reverse and turned around.
/// </summary>
internal static class FollowPaging
{
    public static async Task<FollowPage> PageAsync(IQueryable<FollowRecord> scope, PageRequest page, FollowOrderDirection direction)
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        var ascending = direction == FollowOrderDirection.ASC;
        var window = Between(scope.AsNoTracking().Where(f => f.FollowPosition != null), page.After, page.Before, ascending);
        var fromEnd = page.First is null && page.Last is not null;
        var size = (fromEnd ? page.Last : page.First) ?? PageRequest.DefaultSize;
        // Reading from the end walks the index the other way.
        var rows = await Ordered(window, ascending != fromEnd)
            .Take(size + 1)
            .Select(f => new { f.Address, f.Handle, f.FollowedAt, f.FollowPosition })
            .ToListAsync();
        var more = rows.Count > size;
        var edges = rows.Take(size)
            .Select(r => new FollowEdge(EvmAddress.Parse(r.Address), r.Handle, r.FollowedAt ?? 0, r.FollowPosition!.Value))
            .ToList();
        if (fromEnd)
        {
            edges.Reverse();
        }
        var trimmed = false;
        if (page.First is not null && page.Last is { } last && edges.Count > last)
        {
            edges.RemoveRange(0, edges.Count - last);
            trimmed = true;
        }
        var hasPrevious = fromEnd ? more : trimmed || (page.After is not null && await AnyBeforeAsync(scope, page.After.Value, ascending));
        var hasNext = fromEnd ? page.Before is not null && await AnyBeforeAsync(scope, page.Before.Value, !ascending) : more;
        return new FollowPage(edges, hasPrevious, hasNext);
    }

    // Edges strictly between the cursors, in the page's order.
    private static IQueryable<FollowRecord> Between(IQueryable<FollowRecord> rows, long? after, long? before, bool ascending)
    {
        if (after is { } a)
        {
            rows = ascending ? rows.Where(f => f.FollowPosition > a) : rows.Where(f => f.FollowPosition < a);
        }
        if (before is { } b)
        {
            rows = ascending ? rows.Where(f => f.FollowPosition < b) : rows.Where(f => f.FollowPosition > b);
        }
        return rows;
    }

    private static IQueryable<FollowRecord> Ordered(IQueryable<FollowRecord> rows, bool ascending) =>
        ascending ? rows.OrderBy(f => f.FollowPosition) : rows.OrderByDescending(f => f.FollowPosition);

    // Whether an edge lies at or before the cursor, in the page's order.
    private static Task<bool> AnyBeforeAsync(IQueryable<FollowRecord> scope, long cursor, bool ascending) =>
        ascending
            ? scope.AnyAsync(f => f.FollowPosition != null && f.FollowPosition <= cursor)
            : scope.AnyAsync(f => f.FollowPosition != null && f.FollowPosition >= cursor);
}
