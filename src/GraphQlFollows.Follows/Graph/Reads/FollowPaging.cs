using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// Keyset pagination of current follows on <c>follow_position</c>, served by the (handle, follow_position) and
/// (address, follow_position) indexes; the page itself is cut as <see cref="KeysetPage"/> says.
/// </summary>
internal static class FollowPaging
{
    public static async Task<FollowPage> PageAsync(IQueryable<FollowRecord> scope, PageRequest page, FollowOrderDirection direction)
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        var ascending = direction == FollowOrderDirection.Asc;
        var window = Between(scope.AsNoTracking().Where(f => f.FollowPosition != null), page.After, page.Before, ascending);
        var (edges, hasPrevious, hasNext) = await KeysetPage.ReadAsync(
            page.First,
            page.Last,
            // Reading backwards walks the index the other way.
            (backwards, count) => ReadEdgesAsync(Ordered(window, ascending != backwards), count),
            page.After is { } after ? () => AnyBeforeAsync(scope, after, ascending) : null,
            page.Before is { } before ? () => AnyBeforeAsync(scope, before, !ascending) : null);
        return new FollowPage(edges, hasPrevious, hasNext);
    }

    private static async Task<List<FollowEdge>> ReadEdgesAsync(IQueryable<FollowRecord> ordered, int count)
    {
        var rows = await ordered
            .Take(count)
            .Select(f => new { f.Address, f.Handle, f.FollowedAt, f.FollowPosition })
            .ToListAsync();
        return rows.ConvertAll(r => new FollowEdge(EvmAddress.Parse(r.Address), r.Handle, r.FollowedAt ?? 0, r.FollowPosition!.Value));
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
