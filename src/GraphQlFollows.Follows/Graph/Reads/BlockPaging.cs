using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>Blocks in force paged on <c>block_position</c> (see <see cref="PositionPaging"/>), served by the (handle, block_position) index.</summary>
internal static class BlockPaging
{
    public static async Task<BlockPage> PageAsync(IQueryable<BlockRecord> scope, PageRequest page, FollowOrderDirection direction)
    {
        var (edges, hasPrevious, hasNext) = await PositionPaging.PageAsync(
            scope, b => b.BlockPosition, ReadEdgesAsync, page, direction == FollowOrderDirection.ASC);
        return new BlockPage(edges, hasPrevious, hasNext);
    }

    private static async Task<List<BlockEdge>> ReadEdgesAsync(IQueryable<BlockRecord> ordered, int count)
    {
        var rows = await ordered
            .Take(count)
            .Select(b => new { b.Address, b.Handle, b.BlockedAt, b.BlockPosition })
            .ToListAsync();
        return rows.ConvertAll(r => new BlockEdge(EvmAddress.Parse(r.Address), r.Handle, r.BlockedAt ?? 0, r.BlockPosition!.Value));
    }
}
