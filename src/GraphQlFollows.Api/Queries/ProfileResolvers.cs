using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Api.Paging;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Queries;

/// <summary>The <c>Profile</c> type, whose value is a <see cref="ProfileInfo"/> (its follower count included).</summary>
internal sealed class ProfileResolvers(FollowQueries queries, GraphLoaders loaders)
{
    private static readonly Func<BlockEdge, string> BlockCursor = edge => Cursor.FromPosition(edge.Operation);

    public void Bind(SchemaBuilder builder, DocumentNode schema) =>
        builder
            .BindProperties<ProfileInfo>(schema, "Profile")
            .BindResolver("Profile", "followers", FollowersAsync)
            .BindResolver("Profile", "isFollowedBy", c => FieldValues.Resolved(
                loaders.IsFollowingAsync(c, (EvmAddress)c.Arguments["address"]!, ((ProfileInfo)c.Parent!).Handle)))
            .BindResolver("Profile", "blockedAddresses", BlockedAddressesAsync)
            .BindResolver("Profile", "isBlocking", c => FieldValues.Resolved(
                queries.IsBlockedAsync(((ProfileInfo)c.Parent!).Handle, (EvmAddress)c.Arguments["address"]!)));

    private async ValueTask<object?> FollowersAsync(IResolverContext context)
    {
        var profile = (ProfileInfo)context.Parent!;
        var page = await loaders.FollowersAsync(context, profile.Handle, PageArguments.Read(context), PageArguments.Direction(context));
        return FollowConnections.Of(page!, _ => new ValueTask<object?>(profile.FollowerCount));
    }

    private async ValueTask<object?> BlockedAddressesAsync(IResolverContext context)
    {
        var handle = ((ProfileInfo)context.Parent!).Handle;
        var page = await queries.GetBlockedAsync(handle, PageArguments.Read(context), PageArguments.Direction(context));
        return Connection.Of(page.Edges, BlockCursor, page.HasPreviousPage, page.HasNextPage,
            _ => FieldValues.Resolved(queries.CountBlockedAsync(handle)));
    }
}
