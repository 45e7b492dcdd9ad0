using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Loading;

/// <summary>
/// The request's DataLoaders over the domain's batch lookups: every key a level of the result asks for goes to the
/// database in one statement, so a page of edges costs the same number of statements whatever its size. Lists
/// load the same way: the followers (or followings) of every profile (or address) of a level, asked for with the
/// same arguments, are read as one statement.
/// </summary>
internal sealed class GraphLoaders
{
    private readonly Func<DataLoader<string, ProfileInfo>> _profiles;
    private readonly Func<DataLoader<EvmAddress, IReadOnlyList<ProfileInfo>>> _profilesOwnedBy;
    private readonly Func<DataLoader<EvmAddress, long>> _followingCounts;
    private readonly Func<DataLoader<EvmAddress, IReadOnlyList<SigningKeyInfo>>> _signingKeys;
    private readonly Func<DataLoader<(EvmAddress Address, string Handle), bool>> _followingPairs;
    private readonly Func<DataLoader<long, OperationProof>> _operations;
    private readonly Func<DataLoader<PageKey<string>, FollowPage>> _followers;
    private readonly Func<DataLoader<PageKey<EvmAddress>, FollowPage>> _followings;

    public GraphLoaders(FollowQueries queries)
    {
        // The factories are made once, so getting a request's loader allocates nothing.
        _profiles = () => new(async (handles, _) => await queries.GetProfilesAsync(handles));
        _profilesOwnedBy = () => new(async (owners, _) => await queries.GetProfilesOwnedByAsync(owners));
        _followingCounts = () => new(async (addresses, _) => await queries.GetFollowingCountsAsync(addresses));
        _signingKeys = () => new(async (addresses, _) => await queries.GetSigningKeysAsync(addresses));
        _followingPairs = () => new(async (pairs, _) => await FollowingPairsAsync(queries, pairs));
        _operations = () => new(async (ids, _) => await queries.GetOperationsAsync(ids));
        _followers = () => new((keys, _) => PageKey<string>.LoadAsync(keys, queries.GetFollowersAsync));
        _followings = () => new((keys, _) => PageKey<EvmAddress>.LoadAsync(keys, queries.GetFollowingsAsync));
    }

    /// <summary>Profiles by handle; a handle without a profile loads as null.</summary>
    public Task<ProfileInfo?> ProfileAsync(IResolverContext context, string handle) =>
        context.GetDataLoader("profiles", _profiles).LoadAsync(handle);

    public Task<IReadOnlyList<ProfileInfo>?> ProfilesOwnedByAsync(IResolverContext context, EvmAddress owner) =>
        context.GetDataLoader("profilesOwnedBy", _profilesOwnedBy).LoadAsync(owner);

    public Task<long> FollowingCountAsync(IResolverContext context, EvmAddress address) =>
        context.GetDataLoader("followingCounts", _followingCounts).LoadAsync(address);

    public Task<IReadOnlyList<SigningKeyInfo>?> SigningKeysAsync(IResolverContext context, EvmAddress address) =>
        context.GetDataLoader("signingKeys", _signingKeys).LoadAsync(address);

    public Task<bool> IsFollowingAsync(IResolverContext context, EvmAddress address, string handle) =>
        context.GetDataLoader("followingPairs", _followingPairs).LoadAsync((address, handle));

    /// <summary>Operations by id (see <see cref="Operation.Id"/>): the proofs of follow and block edges.</summary>
    public Task<OperationProof?> OperationAsync(IResolverContext context, long id) =>
        context.GetDataLoader("operations", _operations).LoadAsync(id);

    /// <summary>A page of a profile's followers, read with the same page of every other profile of its level.</summary>
    public Task<FollowPage?> FollowersAsync(IResolverContext context, string handle, PageRequest page, FollowOrderDirection direction) =>
        context.GetDataLoader("followers", _followers).LoadAsync(new(handle, page, direction));

    /// <summary>A page of an address's followings, read with the same page of every other address of its level.</summary>
    public Task<FollowPage?> FollowingsAsync(IResolverContext context, EvmAddress address, PageRequest page, FollowOrderDirection direction) =>
        context.GetDataLoader("followings", _followings).LoadAsync(new(address, page, direction));

    private static async Task<IReadOnlyDictionary<(EvmAddress Address, string Handle), bool>> FollowingPairsAsync(
        FollowQueries queries, IReadOnlyList<(EvmAddress Address, string Handle)> pairs)
    {
        var following = await queries.GetFollowingPairsAsync(pairs);
        return pairs.Distinct().ToDictionary(pair => pair, following.Contains);
    }
}
