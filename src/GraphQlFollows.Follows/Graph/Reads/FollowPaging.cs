using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// Current follows paged on <c>follow_position</c> (see <see cref="PositionPaging"/>), served by the
/// (handle, follow_position) and (address, follow_position) indexes.
/// </summary>
internal static class FollowPaging
{
    public static async Task<FollowPage> PageAsync(IQueryable<FollowRecord> scope, PageRequest page, FollowOrderDirection direction)
    {
        var (edges, hasPrevious, hasNext) = await PositionPaging.PageAsync(
            scope, f => f.FollowPosition, ReadEdgesAsync, page, direction == FollowOrderDirection.ASC);
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
}
