namespace GraphQlFollows.Follows.Graph.Reads;

public sealed record FollowPage(IReadOnlyList<FollowEdge> Edges, bool HasPreviousPage, bool HasNextPage);
