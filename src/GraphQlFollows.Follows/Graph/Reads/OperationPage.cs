namespace GraphQlFollows.Follows.Graph;

public sealed record OperationPage(IReadOnlyList<OperationProof> Operations, bool HasNextPage);
