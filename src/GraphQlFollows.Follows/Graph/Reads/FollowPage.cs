namespace GraphQlFollows.Follows.Graph;

public sealed record FollowPage(IReadOnlyList<FollowEdge> Edges, bool HasPreviousPage, bool HasNextPage);
