using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// The graph's rows as a commit sees them: loaded by the store for the keys its batch named, then replaced as each
/// write is accepted, so that a write sees the changes of the writes before it. A replay of the log keeps one for the
/// whole log, and it ends holding the whole graph.
/// </summary>
internal sealed class CommitState
{
    public Dictionary<string, KeyState> Keys { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ProfileState> Profiles { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Address, string Handle), PairState> Pairs { get; } = [];

    public Dictionary<(string Handle, string Address), BlockState> Blocks { get; } = [];

    public Dictionary<string, RateBucket> Buckets { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Of each address in <see cref="CommitKeys.KeyCounts"/>, how many of its keys may sign (0 included); an address
    /// missing was not counted (a replay counts none).
    /// </summary>
    public Dictionary<string, int> ActiveKeyCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// How many profiles each address follows, moved by the commit's deltas from what was known (nothing, for a
    /// commit: decisions never need it; everything, for a replay from the start).
    /// </summary>
    public Dictionary<string, long> FollowingCounts { get; } = new(StringComparer.Ordinal);
}
