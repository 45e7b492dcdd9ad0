using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// What one commit writes: the operations it appends, in log order, and the last state of every row it changed.
/// Counts move by deltas (added to the stored count), so that a count never depends on a value read earlier.
/// </summary>
internal sealed class CommitChanges
{
    public List<Operation> Appended { get; } = [];

    public Dictionary<string, KeyState> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Profiles claimed by this commit (a profile's row never changes after, but for its count).</summary>
    public Dictionary<string, ProfileState> NewProfiles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> FollowerCountDeltas { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> FollowingCountDeltas { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Address, string Handle), PairState> Pairs { get; } = [];

    public Dictionary<(string Handle, string Address), BlockState> Blocks { get; } = [];

    public Dictionary<string, RateBucket> Buckets { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty =>
        Appended.Count == 0 && Keys.Count == 0 && NewProfiles.Count == 0 && FollowerCountDeltas.Count == 0
        && FollowingCountDeltas.Count == 0 && Pairs.Count == 0 && Blocks.Count == 0 && Buckets.Count == 0;
}
