using GraphQlFollows.Follows.Graph.Log;

namespace GraphQlFollows.Follows.Graph.Reads;

public sealed record OperationPage(IReadOnlyList<OperationProof> Operations, bool HasNextPage);
