using GraphQlFollows.Api.Paging;

namespace GraphQlFollows.Api.Queries;

/// <summary>
/// The <c>operations</c> query with every field of <c>Operation</c>, for a host that hands the log on to others
/// (webhooks) exactly as clients read it.
/// </summary>
public static class OperationsQuery
{
    public const string Document =
        "query Operations($first: Int!, $after: String) { operations(first: $first, after: $after) { " +
        "edges { node { position kind address handles content ts signature signingKey " +
        "signingKeyAuth { address message signature } digest previousDigest acceptedAt } } pageInfo { hasNextPage } } }";

    /// <summary>The <c>after</c> cursor of the page that starts after the log position <paramref name="position"/>.</summary>
    public static string After(long position) => Cursor.FromPosition(position);
}
