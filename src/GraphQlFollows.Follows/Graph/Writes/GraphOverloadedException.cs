namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// A write refused before it was queued because the writer has more waiting than it can commit in time: its
/// queue is full, or the writes ahead of it would take longer than <see cref="FollowGraphOptions.MaxQueueWait"/>.
/// Nothing was decided or changed; the same request may be sent again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class GraphOverloadedException(TimeSpan retryAfter)
    : Exception("The follow graph has more writes waiting than it can commit in time; try again later.")
{
    /// <summary>About how long the writes already queued take to commit; at least one second.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
