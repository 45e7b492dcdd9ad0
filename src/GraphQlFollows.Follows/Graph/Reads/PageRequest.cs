namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// A Relay page request. Cursors are operation ids (<see cref="FollowEdge.Operation"/>), read in the
/// page's own order: <see cref="After"/> means "after this edge as listed".
/// </summary>
public sealed record PageRequest(int? First = null, long? After = null, int? Last = null, long? Before = null)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Why the request cannot be served, or null when it can.</summary>
    public string? Problem() =>
        First is < 0 || Last is < 0 ? "first and last cannot be negative."
        : First > MaxSize || Last > MaxSize ? $"first and last can be at most {MaxSize}."
        : null;
}
