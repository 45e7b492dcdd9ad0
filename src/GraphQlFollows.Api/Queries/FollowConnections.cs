using GraphQlFollows.Api.Paging;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Queries;

/// <summary>Followers and followings as connections of <c>Follow</c> nodes, the cursor being the follow's log position.</summary>
internal static class FollowConnections
{
    private static readonly Func<FollowEdge, string> CursorOf = edge => Cursor.FromPosition(edge.Operation);

    public static Connection Of(FollowPage page, FieldResolver totalCount) =>
        Connection.Of(page.Edges, CursorOf, page.HasPreviousPage, page.HasNextPage, totalCount);
}
