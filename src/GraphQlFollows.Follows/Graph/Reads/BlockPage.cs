namespace GraphQlFollows.Follows.Graph.Reads;

public sealed record BlockPage(IReadOnlyList<BlockEdge> Edges, bool HasPreviousPage, bool HasNextPage);
