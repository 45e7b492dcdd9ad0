using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// The rows a batch of writes reads, named by each write before the commit (<see cref="PendingWrite.Declare"/>) so
/// that the store loads them all at once, and which of them the batch may change. Where several instances write one
/// database, the store locks the rows a batch may change before it reads them (and shares a lock on the keys it
/// signs with), so that decisions about one row see each other while decisions about others overlap.
/// </summary>
internal sealed class CommitKeys
{
    /// <summary>Signing keys read; those also in <see cref="ChangedKeys"/> may change.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Signing keys registered or revoked by the batch.</summary>
    public HashSet<string> ChangedKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Profiles read, by handle.</summary>
    public HashSet<string> Handles { get; } = new(StringComparer.Ordinal);

    /// <summary>Handles the batch claims (profiles it may create).</summary>
    public HashSet<string> Claims { get; } = new(StringComparer.Ordinal);

    /// <summary>Addresses whose keys that may sign are counted: those a batch registers keys for.</summary>
    public HashSet<string> KeyCounts { get; } = new(StringComparer.Ordinal);

    public HashSet<(string Address, string Handle)> Pairs { get; } = [];

    public HashSet<(string Handle, string Address)> Blocks { get; } = [];

    /// <summary>The addresses whose rate buckets are spent from; empty while the rate limit is off.</summary>
    public HashSet<string> Buckets { get; } = new(StringComparer.Ordinal);

    public bool WantsBuckets { get; init; }

    /// <summary>A key the write signs with: read, not changed.</summary>
    public void UseKey(string key) => Keys.Add(key);

    /// <summary>A key the write registers or revokes.</summary>
    public void ChangeKey(string key)
    {
        Keys.Add(key);
        ChangedKeys.Add(key);
    }

    /// <summary>The count of <paramref name="address"/>'s keys that may sign, which a registration may raise.</summary>
    public void CountKeysOf(string address) => KeyCounts.Add(address);

    /// <summary>A handle the write claims.</summary>
    public void Claim(string handle)
    {
        Handles.Add(handle);
        Claims.Add(handle);
    }

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
