using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Loading;

/// <summary>
/// The request's DataLoaders over <see cref="NodeQueries"/>: the objects that only <c>node</c> and <c>nodes</c> look up
/// by key (follows, blocks, signing keys), one statement for every id of a kind.
/// </summary>
internal sealed class NodeLoaders
{
    private readonly Func<DataLoader<(EvmAddress Address, string Handle), FollowEdge>> _follows;
    private readonly Func<DataLoader<(EvmAddress Address, string Handle), BlockEdge>> _blocks;
    private readonly Func<DataLoader<string, SigningKeyInfo>> _signingKeys;

    public NodeLoaders(NodeQueries nodes)
    {
        _follows = () => new(async (pairs, _) => await nodes.GetFollowsAsync(pairs));
        _blocks = () => new(async (pairs, _) => await nodes.GetBlocksAsync(pairs));
        _signingKeys = () => new(async (keys, _) => await nodes.GetSigningKeysAsync(keys));
    }

    /// <summary>The current follow of the pair, or null.</summary>
    public Task<FollowEdge?> FollowAsync(IResolverContext context, (EvmAddress Address, string Handle) pair) =>
        context.GetDataLoader("nodeFollows", _follows).LoadAsync(pair);

    /// <summary>The block in force of the pair (blocked address, profile), or null.</summary>
    public Task<BlockEdge?> BlockAsync(IResolverContext context, (EvmAddress Address, string Handle) pair) =>
        context.GetDataLoader("nodeBlocks", _blocks).LoadAsync(pair);

    public Task<SigningKeyInfo?> SigningKeyAsync(IResolverContext context, string key) =>
        context.GetDataLoader("nodeSigningKeys", _signingKeys).LoadAsync(key);
}
