namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// How a commit's operations get their ids (see <see cref="Operation.Id"/>) before their place in the log is known:
/// each commit takes a block of <see cref="PerCommit"/> consecutive ids, and its operations use them in order.
/// Blocks are not reused, so ids are unique across every instance writing one database; a commit that appends fewer
/// leaves the rest of its block unused.
/// </summary>
public static class OperationIds
{
    /// <summary>The ids a commit may use, and so the most operations one commit can append.</summary>
    public const int PerCommit = 4096;
}
