namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The rows a batch of writes reads, named by each write before the commit (<see cref="PendingWrite.Declare"/>) so
/// that the store loads them all at once.
/// </summary>
internal sealed class CommitKeys
{
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Profiles, by handle.</summary>
    public HashSet<string> Handles { get; } = new(StringComparer.Ordinal);

    public HashSet<(string Address, string Handle)> Pairs { get; } = [];

    public HashSet<(string Handle, string Address)> Blocks { get; } = [];

    /// <summary>The addresses whose rate buckets are spent from; empty while the rate limit is off.</summary>
    public HashSet<string> Buckets { get; } = new(StringComparer.Ordinal);

    public bool WantsBuckets { get; init; }

    /// <summary>The rows one pair's decision reads (see <see cref="Rules.PairRules"/>).</summary>
    public void AddPair(string address, string handle)
    {
        Handles.Add(handle);
        Pairs.Add((address, handle));
        Blocks.Add((handle, address));
    }

    /// <summary>The rate bucket of <paramref name="address"/>, when the limit is on.</summary>
    public void AddBucket(string address)
    {
        if (WantsBuckets)
        {
            Buckets.Add(address);
        }
    }
}
