using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Reading;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// The reads of the follow graph. Lists page by keyset on indexed columns (never OFFSET); every batch lookup
/// (for DataLoaders), and the pages of many keys' lists at once, is one SQL statement whatever the number of keys.
/// Reads do not wait for the writer. They go through an <see cref="IGraphReader"/>: SQL of the store's own on
/// connections it keeps, with the same tables as the EF Core model.
/// </summary>
public sealed class FollowQueries : IAsyncDisposable
{
    private readonly IGraphReader _reader;
    private readonly EdgePages _pages;
    // The rare reads (the pages of an address's keys) stay on EF Core.
    private readonly IDbContextFactory<FollowsDbContext> _factory;

    /// <summary>Reads the database that <paramref name="factory"/>'s contexts open.</summary>
    public FollowQueries(IDbContextFactory<FollowsDbContext> factory)
    {
        _factory = factory;
        _reader = StoreReader.For(factory);
        _pages = new EdgePages(_reader);
    }

    /// <summary>The current followers of a profile, by follow time.</summary>
    public async Task<FollowPage> GetFollowersAsync(
        string handle, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc) =>
        (await GetFollowersAsync([handle], page, direction))[handle];

    /// <summary>The same page of the followers of each profile; every handle asked for is a key.</summary>
    public async Task<IReadOnlyDictionary<string, FollowPage>> GetFollowersAsync(
        IReadOnlyCollection<string> handles, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc)
    {
        var pages = await _pages.ReadAsync(EdgeList.Followers, handles.Distinct().ToArray(), page, direction == FollowOrderDirection.Asc);
        return pages.ToDictionary(p => p.Key, p => FollowPageOf(p.Value));
    }

    /// <summary>The profiles an address currently follows, by follow time.</summary>
    public async Task<FollowPage> GetFollowingsAsync(
        EvmAddress address, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc) =>
        (await GetFollowingsAsync([address], page, direction))[address];

    /// <summary>The same page of the followings of each address; every address asked for is a key.</summary>
    public async Task<IReadOnlyDictionary<EvmAddress, FollowPage>> GetFollowingsAsync(
        IReadOnlyCollection<EvmAddress> addresses, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc)
    {
        var pages = await _pages.ReadAsync(EdgeList.Followings, KeysOf(addresses), page, direction == FollowOrderDirection.Asc);
        return addresses.Distinct().ToDictionary(a => a, a => FollowPageOf(pages[a.Value]));
    }

    /// <summary>The addresses a profile blocks now, by block time (newest first unless told otherwise).</summary>
    public async Task<BlockPage> GetBlockedAsync(
        string handle, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc)
    {
        var pages = await _pages.ReadAsync(EdgeList.Blocked, [handle], page, direction == FollowOrderDirection.Asc);
        var (rows, hasPrevious, hasNext) = pages[handle];
        return new BlockPage(rows.ConvertAll(r => new BlockEdge(r.Address, r.Handle, r.At, r.Operation)), hasPrevious, hasNext);
    }

    /// <summary>How many addresses a profile blocks now.</summary>
    public async Task<int> CountBlockedAsync(string handle) => (int)await _reader.CountBlockedAsync(handle);

    /// <summary>Whether the profile <paramref name="handle"/> blocks <paramref name="address"/> now.</summary>
    public Task<bool> IsBlockedAsync(string handle, EvmAddress address) => _reader.IsBlockedAsync(handle, address.Value);

    /// <summary>Which of the (address, handle) pairs are current follows.</summary>
    public async Task<IReadOnlySet<(EvmAddress Address, string Handle)>> GetFollowingPairsAsync(
        IReadOnlyCollection<(EvmAddress Address, string Handle)> pairs)
    {
        var addresses = KeysOf(pairs.Select(p => p.Address).ToArray());
        var handles = pairs.Select(p => p.Handle).Distinct().ToArray();
        // One statement over the cross product of the keys, narrowed to the pairs asked for afterwards.
        var rows = await _reader.ReadFollowingPairsAsync(addresses, handles);
        var found = rows.Select(r => (EvmAddress.FromStored(r.Address), r.Handle)).ToHashSet();
        found.IntersectWith(pairs);
        return found;
    }

    public async Task<bool> IsFollowingAsync(EvmAddress address, string handle) =>
        (await GetFollowingPairsAsync([(address, handle)])).Count == 1;

    /// <summary>The profiles with the given handles; handles without a profile are absent.</summary>
    public async Task<IReadOnlyDictionary<string, ProfileInfo>> GetProfilesAsync(IReadOnlyCollection<string> handles)
    {
        var rows = await _reader.ReadProfilesAsync(handles.Distinct().ToArray());
        return rows.ToDictionary(p => p.Handle);
    }

    /// <summary>The profiles each address owns, oldest first; every address asked for is a key.</summary>
    public async Task<IReadOnlyDictionary<EvmAddress, IReadOnlyList<ProfileInfo>>> GetProfilesOwnedByAsync(
        IReadOnlyCollection<EvmAddress> owners)
    {
        var rows = await _reader.ReadProfilesOwnedByAsync(KeysOf(owners));
        return GroupByAddress(owners, rows, p => p.Owner);
    }

    /// <summary>How many profiles each address follows; every address asked for is a key.</summary>
    public async Task<IReadOnlyDictionary<EvmAddress, long>> GetFollowingCountsAsync(IReadOnlyCollection<EvmAddress> addresses)
    {
        var rows = await _reader.ReadFollowingCountsAsync(KeysOf(addresses));
        var counts = rows.ToDictionary(r => r.Address, r => r.Count, StringComparer.Ordinal);
        return addresses.Distinct().ToDictionary(a => a, a => counts.GetValueOrDefault(a.Value));
    }

    /// <summary>The most signing keys <see cref="GetSigningKeysAsync"/> gives an address.</summary>
    public const int MaxListedSigningKeys = 100;

    /// <summary>
    /// The signing keys of each address, oldest first: its active keys and its most recently revoked, at most
    /// <see cref="MaxListedSigningKeys"/> in all (<see cref="GetSigningKeyPageAsync"/> pages through every one); every
    /// address asked for is a key.
    /// </summary>
    public async Task<IReadOnlyDictionary<EvmAddress, IReadOnlyList<SigningKeyInfo>>> GetSigningKeysAsync(
        IReadOnlyCollection<EvmAddress> addresses)
    {
        var rows = await _reader.ReadSigningKeysAsync(KeysOf(addresses), MaxListedSigningKeys);
        return GroupByAddress(addresses, rows, k => k.Address);
    }

    /// <summary>A page of an address's signing keys, revoked ones included, oldest first.</summary>
    public async Task<SigningKeyPage> GetSigningKeyPageAsync(EvmAddress address, SigningKeyPageRequest page)
    {
        var key = address.Value;
        await using var context = await _factory.CreateDbContextAsync();
        return await SigningKeyPaging.PageAsync(context.SigningKeys.Where(k => k.Address == key), address, page);
    }

    /// <summary>How many signing keys an address has authorised, revoked ones included.</summary>
    public async Task<int> CountSigningKeysAsync(EvmAddress address)
    {
        var key = address.Value;
        await using var context = await _factory.CreateDbContextAsync();
        return await context.SigningKeys.CountAsync(k => k.Address == key);
    }

    /// <summary>
    /// The addresses that follow each other with <paramref name="address"/>: B is mutual with A when A follows a
    /// profile B owns and B follows a profile A owns. Ordered by address; <paramref name="after"/> is the last
    /// address of the previous page.
    /// </summary>
    public Task<AddressPage> GetMutualFollowsAsync(EvmAddress address, int first, EvmAddress? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, PageRequest.MaxSize);
        return GetMutualFollowsAsync(address, new AddressPageRequest(First: first, After: after));
    }

    /// <summary>
    /// The mutual follows of <paramref name="address"/> (see above) ordered by address, paged from the start
    /// (<c>first</c>/<c>after</c>) or from the end (<c>last</c>/<c>before</c>).
    /// </summary>
    public Task<AddressPage> GetMutualFollowsAsync(EvmAddress address, AddressPageRequest page) =>
        MutualFollows.PageAsync(_reader, address.Value, page);

    /// <summary>How many addresses follow each other with <paramref name="address"/> (see <see cref="GetMutualFollowsAsync(EvmAddress, AddressPageRequest)"/>).</summary>
    public async Task<int> CountMutualFollowsAsync(EvmAddress address) => (int)await _reader.CountMutualFollowsAsync(address.Value);

    /// <summary>How many operations the log holds: positions run from 1 without gaps, so the last one is the count.</summary>
    public Task<long> CountOperationsAsync() => _reader.ReadLastPositionAsync();

    /// <summary>Accepted operations in commit order, after position <paramref name="after"/> (0 or null: from the start).</summary>
    public async Task<OperationPage> GetOperationsAsync(int first, long? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, PageRequest.MaxSize);
        var operations = await _reader.ReadOperationsAsync(after ?? 0, first + 1);
        var more = operations.Count > first;
        if (more)
        {
            operations.RemoveAt(first);
        }
        return new OperationPage(operations, more);
    }

    /// <summary>The operations with the given ids (see <see cref="Operation.Id"/>), for example the proofs of a page of edges.</summary>
    public async Task<IReadOnlyDictionary<long, OperationProof>> GetOperationsAsync(IReadOnlyCollection<long> ids)
    {
        var operations = await _reader.ReadOperationsAsync(ids.Distinct().ToArray());
        return operations.ToDictionary(o => o.Id);
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    private static FollowPage FollowPageOf(EdgePage page) =>
        new(page.Rows.ConvertAll(r => new FollowEdge(r.Address, r.Handle, r.At, r.Operation)), page.HasPreviousPage, page.HasNextPage);

    /// <summary>The stored form of the addresses, each once: the keys of a lookup.</summary>
    private static string[] KeysOf(IReadOnlyCollection<EvmAddress> addresses) => addresses.Select(a => a.Value).Distinct().ToArray();

    /// <summary>
    /// Every address asked for as a key, with the items that name it (none for an address without any), in the
    /// items' order: a DataLoader needs an answer for each key, and an empty list is an answer.
    /// </summary>
    private static IReadOnlyDictionary<EvmAddress, IReadOnlyList<TItem>> GroupByAddress<TItem>(
        IReadOnlyCollection<EvmAddress> addresses, List<TItem> items, Func<TItem, EvmAddress> addressOf)
    {
        var byAddress = items.ToLookup(addressOf);
        return addresses.Distinct().ToDictionary(address => address, address => (IReadOnlyList<TItem>)byAddress[address].ToArray());
    }
}
