using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph;

/// <summary>Blocks in force paged on <c>block_operation</c> (see <see cref="PositionPaging"/>), served by the (handle, block_operation) index.</summary>
internal static class BlockPaging
{
    public static async Task<BlockPage> PageAsync(IQueryable<BlockRecord> scope, PageRequest page, FollowOrderDirection direction)
    {
        var (edges, hasPrevious, hasNext) = await PositionPaging.PageAsync(
            scope,
            b => b.BlockOperation,
            b => new PagedRow(b.Address, b.Handle, b.BlockedAt, b.BlockOperation),
            r => new BlockEdge(EvmAddress.Parse(r.Address), r.Handle, r.At ?? 0, r.Position!.Value),
            page,
            direction == FollowOrderDirection.Asc);
        return new BlockPage(edges, hasPrevious, hasNext);
    }
}
