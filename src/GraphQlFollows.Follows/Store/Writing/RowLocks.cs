using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Writes;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The row locks a PostgreSQL commit takes before it reads its rows, so that decisions about one row, from any
/// instance, see each other, while decisions about other rows do not wait: PostgreSQL's transaction-scoped advisory
/// locks in their two-number form (a kind of row, and a 32-bit hash of the row's key), which are apart from the
/// one-number commit lock. A batch takes its locks in one statement, in ascending order, so that two batches never
/// wait for each other in a circle; the commit lock comes after all of them. Two keys that share a hash share a lock,
/// which only makes one wait for the other.
/// </summary>
internal static class RowLocks
{
    private const int PairLock = 1;
    private const int BlockLock = 2;
    private const int KeyLock = 3;
    private const int BucketLock = 4;
    private const int ClaimLock = 5;
    private const int KeyCountLock = 6;

    /// <summary>The locks of a batch, sorted: kinds, hashes, and whether each is exclusive (a key only signed with is shared).</summary>
    public static (int[] Kinds, int[] Hashes, bool[] Exclusive) For(CommitKeys keys)
    {
        var locks = new SortedDictionary<(int Kind, int Hash), bool>();
        foreach (var (address, handle) in keys.Pairs)
        {
            locks[(PairLock, Hash(address, handle))] = true;
        }
        foreach (var (handle, address) in keys.Blocks)
        {
            locks[(BlockLock, Hash(handle, address))] = true;
        }
        foreach (var key in keys.Keys)
        {
            var id = (KeyLock, Hash(key, ""));
            locks[id] = keys.ChangedKeys.Contains(key) || locks.GetValueOrDefault(id);
        }
        foreach (var address in keys.Buckets)
        {
            locks[(BucketLock, Hash(address, ""))] = true;
        }
        foreach (var handle in keys.Claims)
        {
            locks[(ClaimLock, Hash(handle, ""))] = true;
        }
        foreach (var address in keys.KeyCounts)
        {
            locks[(KeyCountLock, Hash(address, ""))] = true;
        }
        return ([.. locks.Keys.Select(l => l.Kind)], [.. locks.Keys.Select(l => l.Hash)], [.. locks.Values]);
    }

    /// <summary>
    /// Takes the locks given as three arrays (<c>$1</c> kinds, <c>$2</c> hashes, <c>$3</c> exclusive), in ascending
    /// order: the innermost query sorts them, the middle one takes each in that order.
    /// </summary>
    public const string Sql =
        "SELECT count(*) FROM (SELECT CASE WHEN x THEN pg_advisory_xact_lock(k, h) ELSE pg_advisory_xact_lock_shared(k, h) END " +
        "FROM (SELECT k, h, x FROM unnest($1, $2, $3) AS u(k, h, x) ORDER BY k, h) AS sorted) AS locked";

    /// <summary>FNV-1a over the key's characters: the same in every process, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static int Hash(string first, string second)
    {
        var hash = 2166136261u;
        foreach (var c in first)
        {
            hash = (hash ^ c) * 16777619u;
        }
        hash = (hash ^ '\n') * 16777619u;
        foreach (var c in second)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return unchecked((int)hash);
    }
}
