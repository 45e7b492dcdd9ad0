using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>A current follow: <see cref="Address"/> follows the profile <see cref="Handle"/>.</summary>
/// <param name="FollowedAt">Server time of the follow, milliseconds since the epoch.</param>
/// <param name="Operation">The id of the follow's operation (see <see cref="Operation.Id"/>): the edge's cursor and the key of its proof.</param>
public sealed record FollowEdge(EvmAddress Address, string Handle, long FollowedAt, long Operation);
