using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// What the graph's reads ask of the store. Each call is one SQL statement, prepared once per connection, whatever
/// the number of keys it is given; lists of keys are distinct. Addresses come back as stored (normalised), never
/// parsed again. <see cref="FollowQueries"/> makes pages and lookups of these rows; the store implements it once
/// per provider (<c>Store/Reading</c>).
/// </summary>
internal interface IGraphReader : IAsyncDisposable
{
    /// <summary>The rows of one key's list inside <paramref name="window"/>, in the window's order.</summary>
    Task<List<EdgeRow>> ReadEdgesAsync(EdgeList list, string key, OperationWindow window);

    /// <summary>Up to <see cref="OperationWindow.Count"/> rows of each key's list inside <paramref name="window"/>, each key's in the window's order.</summary>
    Task<List<EdgeRow>> ReadEdgesAsync(EdgeList list, IReadOnlyList<string> keys, OperationWindow window);

    /// <summary>The keys whose list holds a row at or above (else at or below) the operation id <paramref name="operation"/>.</summary>
    Task<HashSet<string>> KeysWithEdgesAsync(EdgeList list, IReadOnlyList<string> keys, long operation, bool atOrAbove);

    Task<long> CountBlockedAsync(string handle);

    Task<bool> IsBlockedAsync(string handle, string address);

    Task<List<ProfileInfo>> ReadProfilesAsync(IReadOnlyList<string> handles);

    /// <summary>The profiles the owners own, oldest first.</summary>
    Task<List<ProfileInfo>> ReadProfilesOwnedByAsync(IReadOnlyList<string> owners);

    /// <summary>The following counts of the addresses that have one (an address that never followed has no row).</summary>
    Task<List<(string Address, long Count)>> ReadFollowingCountsAsync(IReadOnlyList<string> addresses);

    /// <summary>
    /// The signing keys of the addresses, oldest first: of each, its active keys and its most recently revoked, at
    /// most <paramref name="max"/>.
    /// </summary>
    Task<List<SigningKeyInfo>> ReadSigningKeysAsync(IReadOnlyList<string> addresses, int max);

    /// <summary>The current follows among every pair of the addresses and the handles.</summary>
    Task<List<(string Address, string Handle)>> ReadFollowingPairsAsync(IReadOnlyList<string> addresses, IReadOnlyList<string> handles);

    /// <summary>The mutual follows of <paramref name="address"/> strictly between two addresses (null: no bound), in address order or its reverse.</summary>
    Task<List<EvmAddress>> ReadMutualFollowsAsync(string address, string? above, string? below, bool descending, int count);

    /// <summary>Whether a mutual follow of <paramref name="address"/> lies at or above (else at or below) <paramref name="bound"/>.</summary>
    Task<bool> AnyMutualFollowAsync(string address, string bound, bool atOrAbove);

    Task<long> CountMutualFollowsAsync(string address);

    /// <summary>The last position of the log, 0 when it is empty.</summary>
    Task<long> ReadLastPositionAsync();

    /// <summary>Up to <paramref name="count"/> operations after <paramref name="after"/>, in log order.</summary>
    Task<List<OperationProof>> ReadOperationsAsync(long after, int count);

    /// <summary>The operations with the given ids (<see cref="Operation.Id"/>).</summary>
    Task<List<OperationProof>> ReadOperationsAsync(IReadOnlyList<long> ids);
}

/// <summary>The lists kept in the order of the operation that made each row current (its <see cref="Operation.Id"/>).</summary>
internal enum EdgeList
{
    /// <summary>Of a profile (by handle): the addresses that follow it.</summary>
    Followers,

    /// <summary>Of an address: the profiles it follows.</summary>
    Followings,

    /// <summary>Of a profile (by handle): the addresses it blocks.</summary>
    Blocked,
}

/// <summary>
/// The rows of a list whose operation id lies strictly between <see cref="Above"/> and <see cref="Below"/>, read in
/// descending or ascending order of it, at most <see cref="Count"/> of them. Ids start at 1, so
/// <see cref="NoAbove"/> and <see cref="NoBelow"/> leave a side open.
/// </summary>
internal readonly record struct OperationWindow(long Above, long Below, bool Descending, int Count)
{
    public const long NoAbove = 0;
    public const long NoBelow = long.MaxValue;
}

/// <summary>A row of an <see cref="EdgeList"/>: who, which profile, since when, and the id of the operation that made it current.</summary>
internal readonly record struct EdgeRow(EvmAddress Address, string Handle, long At, long Operation);
