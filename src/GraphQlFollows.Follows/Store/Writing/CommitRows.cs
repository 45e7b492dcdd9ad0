namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The rows one commit reads and changes. The writer names the keys its batch touches, the store loads them all at
/// once, the writes decide against them in memory, and the store writes back every row marked changed, one
/// statement per table.
/// </summary>
internal sealed class CommitRows
{
    public HashSet<string> WantedKeys { get; } = new(StringComparer.Ordinal);
    public HashSet<string> WantedHandles { get; } = new(StringComparer.Ordinal);
    public HashSet<string> WantedAddresses { get; } = new(StringComparer.Ordinal);
    public HashSet<(string Address, string Handle)> WantedPairs { get; } = [];
    public HashSet<(string Handle, string Address)> WantedBlocks { get; } = [];

    /// <summary>The addresses whose keys that may still sign are counted.</summary>
    public HashSet<string> WantedKeyCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the rate buckets of <see cref="WantedAddresses"/> are loaded too.</summary>
    public bool WantsRateBuckets { get; set; }

    public Dictionary<string, SigningKeyRecord> Keys { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ProfileRecord> Profiles { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, AddressRecord> Addresses { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Address, string Handle), FollowRecord> Pairs { get; } = [];
    public Dictionary<string, RateBucketRecord> RateBuckets { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Handle, string Address), BlockRecord> Blocks { get; } = [];

    /// <summary>Of each address of <see cref="WantedKeyCounts"/> that has any, the keys not revoked.</summary>
    public Dictionary<string, int> ActiveKeyCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The operations appended by this commit, in log order.</summary>
    public List<OperationRecord> Appended { get; } = [];

    public HashSet<SigningKeyRecord> ChangedKeys { get; } = [];
    public HashSet<ProfileRecord> ChangedProfiles { get; } = [];
    public HashSet<AddressRecord> ChangedAddresses { get; } = [];
    public HashSet<FollowRecord> ChangedPairs { get; } = [];
    public HashSet<RateBucketRecord> ChangedRateBuckets { get; } = [];
    public HashSet<BlockRecord> ChangedBlocks { get; } = [];

    public bool HasChanges =>
        Appended.Count > 0 || ChangedKeys.Count > 0 || ChangedProfiles.Count > 0 || ChangedAddresses.Count > 0
        || ChangedPairs.Count > 0 || ChangedRateBuckets.Count > 0 || ChangedBlocks.Count > 0;
}
