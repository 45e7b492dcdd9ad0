namespace GraphQlFollows.Follows.Graph;

public sealed record BlockPage(IReadOnlyList<BlockEdge> Edges, bool HasPreviousPage, bool HasNextPage);
