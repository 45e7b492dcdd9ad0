using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// Current follows paged on <c>follow_operation</c> (see <see cref="PositionPaging"/>), served by the
/// (handle, follow_operation) and (address, follow_operation) indexes.
/// </summary>
internal static class FollowPaging
{
    public static async Task<FollowPage> PageAsync(IQueryable<FollowRecord> scope, PageRequest page, FollowOrderDirection direction)
    {
        var (edges, hasPrevious, hasNext) = await PositionPaging.PageAsync(
            scope,
            f => f.FollowOperation,
            f => new PagedRow(f.Address, f.Handle, f.FollowedAt, f.FollowOperation),
            r => new FollowEdge(EvmAddress.Parse(r.Address), r.Handle, r.At ?? 0, r.Position!.Value),
            page,
            direction == FollowOrderDirection.Asc);
        return new FollowPage(edges, hasPrevious, hasNext);
    }
}
