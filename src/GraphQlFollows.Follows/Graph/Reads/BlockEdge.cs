using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>A block in force: the profile <see cref="Handle"/> blocks <see cref="Address"/>.</summary>
/// <param name="BlockedAt">Server time of the block, milliseconds since the epoch.</param>
/// <param name="Operation">The id of the block's operation (see <see cref="Operation.Id"/>): the edge's cursor and the key of its proof.</param>
public sealed record BlockEdge(EvmAddress Address, string Handle, long BlockedAt, long Operation);
