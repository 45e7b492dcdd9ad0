using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Api.Paging;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Queries;

/// <summary>The <c>Address</c> type, whose value is an <see cref="EvmAddress"/>: any well-formed address has one.</summary>
internal sealed class AddressResolvers(FollowQueries queries, GraphLoaders loaders)
{
    private static readonly Func<EvmAddress, string> CursorOf = Cursor.FromAddress;
    private static readonly Func<SigningKeyInfo, string> SigningKeyCursorOf = Cursor.FromSigningKey;

    public void Bind(SchemaBuilder builder) =>
        builder
            .BindResolver("Address", "address", FieldValues.Parent)
            .BindResolver("Address", "followingCount", c => FieldValues.Resolved(loaders.FollowingCountAsync(c, Of(c))))
            .BindResolver("Address", "followings", FollowingsAsync)
            .BindResolver("Address", "isFollowing", c => FieldValues.Resolved(
                loaders.IsFollowingAsync(c, Of(c), (string)c.Arguments["handle"]!)))
            .BindResolver("Address", "profiles", c => FieldValues.Resolved(loaders.ProfilesOwnedByAsync(c, Of(c))))
            .BindResolver("Address", "signingKeys", c => FieldValues.Resolved(loaders.SigningKeysAsync(c, Of(c))))
            .BindResolver("Address", "signingKeyConnection", SigningKeyConnectionAsync)
            .BindResolver("Address", "mutualFollows", MutualFollowsAsync);

    private static EvmAddress Of(IResolverContext context) => (EvmAddress)context.Parent!;

    private async ValueTask<object?> FollowingsAsync(IResolverContext context)
    {
        var address = Of(context);
        var page = await loaders.FollowingsAsync(context, address, PageArguments.Read(context), PageArguments.Direction(context));
        return FollowConnections.Of(page!, c => FieldValues.Resolved(loaders.FollowingCountAsync(c, address)));
    }

    private async ValueTask<object?> SigningKeyConnectionAsync(IResolverContext context)
    {
        var address = Of(context);
        var page = await queries.GetSigningKeyPageAsync(address, PageArguments.ReadBySigningKey(context));
        return Connection.Of(page.Keys, SigningKeyCursorOf, page.HasPreviousPage, page.HasNextPage,
            _ => FieldValues.Resolved(queries.CountSigningKeysAsync(address)));
    }

    private async ValueTask<object?> MutualFollowsAsync(IResolverContext context)
    {
        var address = Of(context);
        var page = await queries.GetMutualFollowsAsync(address, PageArguments.ReadByAddress(context));
        return Connection.Of(page.Addresses, CursorOf, page.HasPreviousPage, page.HasNextPage,
            _ => FieldValues.Resolved(queries.CountMutualFollowsAsync(address)));
    }
}
