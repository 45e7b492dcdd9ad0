using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The reads of the follow graph. Lists page by keyset on indexed columns (never OFFSET); every batch lookup
/// (for DataLoaders) is one SQL statement whatever the number of keys. Reads do not wait for the writer.
/// </summary>
public sealed class FollowQueries(IDbContextFactory<FollowsDbContext> factory)
{
    /// <summary>The current followers of a profile, by follow time.</summary>
    public async Task<FollowPage> GetFollowersAsync(
        string handle, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc)
    {
        await using var context = await factory.CreateDbContextAsync();
        return await FollowPaging.PageAsync(context.Follows.Where(f => f.Handle == handle), page, direction);
    }

    /// <summary>The profiles an address currently follows, by follow time.</summary>
    public async Task<FollowPage> GetFollowingsAsync(
        EvmAddress address, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc)
    {
        await using var context = await factory.CreateDbContextAsync();
        var key = address.Value;
        return await FollowPaging.PageAsync(context.Follows.Where(f => f.Address == key), page, direction);
    }

    /// <summary>The addresses a profile blocks now, by block time (newest first unless told otherwise).</summary>
    public async Task<BlockPage> GetBlockedAsync(
        string handle, PageRequest page, FollowOrderDirection direction = FollowOrderDirection.Desc)
    {
        await using var context = await factory.CreateDbContextAsync();
        return await BlockPaging.PageAsync(context.Blocks.Where(b => b.Handle == handle), page, direction);
    }

    /// <summary>How many addresses a profile blocks now.</summary>
    public async Task<int> CountBlockedAsync(string handle)
    {
        await using var context = await factory.CreateDbContextAsync();
        return await context.Blocks.CountAsync(b => b.Handle == handle && b.BlockOperation != null);
    }

    /// <summary>Whether the profile <paramref name="handle"/> blocks <paramref name="address"/> now.</summary>
    public async Task<bool> IsBlockedAsync(string handle, EvmAddress address)
    {
        var key = address.Value;
        await using var context = await factory.CreateDbContextAsync();
        return await context.Blocks.AnyAsync(b => b.Handle == handle && b.Address == key && b.BlockOperation != null);
    }

    /// <summary>Which of the (address, handle) pairs are current follows.</summary>
    public async Task<IReadOnlySet<(EvmAddress Address, string Handle)>> GetFollowingPairsAsync(
        IReadOnlyCollection<(EvmAddress Address, string Handle)> pairs)
    {
        var addresses = pairs.Select(p => p.Address.Value).Distinct().ToArray();
        var handles = pairs.Select(p => p.Handle).Distinct().ToArray();
        await using var context = await factory.CreateDbContextAsync();
        // One statement over the cross product of the keys, narrowed to the pairs asked for afterwards.
        var rows = await context.Follows.AsNoTracking()
            .Where(f => addresses.Contains(f.Address) && handles.Contains(f.Handle) && f.FollowOperation != null)
            .Select(f => new { f.Address, f.Handle })
            .ToListAsync();
        var found = rows.Select(r => (EvmAddress.Parse(r.Address), r.Handle)).ToHashSet();
        found.IntersectWith(pairs);
        return found;
    }

    public async Task<bool> IsFollowingAsync(EvmAddress address, string handle) =>
        (await GetFollowingPairsAsync([(address, handle)])).Count == 1;

    /// <summary>The profiles with the given handles; handles without a profile are absent.</summary>
    public async Task<IReadOnlyDictionary<string, ProfileInfo>> GetProfilesAsync(IReadOnlyCollection<string> handles)
    {
        var keys = handles.Distinct().ToArray();
        await using var context = await factory.CreateDbContextAsync();
        var rows = await context.Profiles.AsNoTracking().Where(p => keys.Contains(p.Handle)).ToListAsync();
        return rows.ToDictionary(p => p.Handle, ToInfo);
    }

    /// <summary>The profiles each address owns, oldest first; every address asked for is a key.</summary>
    public async Task<IReadOnlyDictionary<EvmAddress, IReadOnlyList<ProfileInfo>>> GetProfilesOwnedByAsync(
        IReadOnlyCollection<EvmAddress> owners)
    {
        var keys = KeysOf(owners);
        await using var context = await factory.CreateDbContextAsync();
        var rows = await context.Profiles.AsNoTracking()
            .Where(p => keys.Contains(p.Owner)).OrderBy(p => p.CreatedOperation).ToListAsync();
        return GroupByAddress(owners, rows, p => p.Owner, (p, _) => ToInfo(p));
    }

    /// <summary>How many profiles each address follows; every address asked for is a key.</summary>
    public async Task<IReadOnlyDictionary<EvmAddress, long>> GetFollowingCountsAsync(IReadOnlyCollection<EvmAddress> addresses)
    {
        var keys = KeysOf(addresses);
        await using var context = await factory.CreateDbContextAsync();
        var counts = await context.Addresses.AsNoTracking()
            .Where(a => keys.Contains(a.Address))
            .ToDictionaryAsync(a => a.Address, a => a.FollowingCount);
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
        await using var context = await factory.CreateDbContextAsync();
        var rows = await SigningKeyPaging.ListedAsync(context, KeysOf(addresses), MaxListedSigningKeys);
        return GroupByAddress(addresses, rows, k => k.Address, SigningKeyPaging.ToInfo);
    }

    /// <summary>A page of an address's signing keys, revoked ones included, oldest first.</summary>
    public async Task<SigningKeyPage> GetSigningKeyPageAsync(EvmAddress address, SigningKeyPageRequest page)
    {
        var key = address.Value;
        await using var context = await factory.CreateDbContextAsync();
        return await SigningKeyPaging.PageAsync(context.SigningKeys.Where(k => k.Address == key), address, page);
    }

    /// <summary>How many signing keys an address has authorised, revoked ones included.</summary>
    public async Task<int> CountSigningKeysAsync(EvmAddress address)
    {
        var key = address.Value;
        await using var context = await factory.CreateDbContextAsync();
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
    public async Task<AddressPage> GetMutualFollowsAsync(EvmAddress address, AddressPageRequest page)
    {
        await using var context = await factory.CreateDbContextAsync();
        return await MutualFollows.PageAsync(MutualFollows.Of(context, address.Value), page);
    }

    /// <summary>How many addresses follow each other with <paramref name="address"/> (see <see cref="GetMutualFollowsAsync(EvmAddress, AddressPageRequest)"/>).</summary>
    public async Task<int> CountMutualFollowsAsync(EvmAddress address)
    {
        await using var context = await factory.CreateDbContextAsync();
        return await MutualFollows.Of(context, address.Value).CountAsync();
    }

    /// <summary>How many operations the log holds: positions run from 1 without gaps, so the last one is the count.</summary>
    public async Task<long> CountOperationsAsync()
    {
        await using var context = await factory.CreateDbContextAsync();
        return await context.Operations.MaxAsync(o => (long?)o.Position) ?? 0;
    }

    /// <summary>Accepted operations in commit order, after position <paramref name="after"/> (0 or null: from the start).</summary>
    public async Task<OperationPage> GetOperationsAsync(int first, long? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, PageRequest.MaxSize);
        var from = after ?? 0;
        await using var context = await factory.CreateDbContextAsync();
        var rows = await context.Operations.AsNoTracking()
            .Where(o => o.Position > from).OrderBy(o => o.Position).Take(first + 1).ToListAsync();
        return new OperationPage(rows.Take(first).Select(OperationProof.From).ToArray(), rows.Count > first);
    }

    /// <summary>The operations with the given ids (see <see cref="Operation.Id"/>), for example the proofs of a page of edges.</summary>
    public async Task<IReadOnlyDictionary<long, OperationProof>> GetOperationsAsync(IReadOnlyCollection<long> ids)
    {
        var keys = ids.Distinct().ToArray();
        await using var context = await factory.CreateDbContextAsync();
        var rows = await context.Operations.AsNoTracking().Where(o => keys.Contains(o.Id)).ToListAsync();
        return rows.ToDictionary(o => o.Id, OperationProof.From);
    }

    /// <summary>The stored form of the addresses, each once: the keys of an <c>IN</c> list.</summary>
    private static string[] KeysOf(IReadOnlyCollection<EvmAddress> addresses) => addresses.Select(a => a.Value).Distinct().ToArray();

    /// <summary>
    /// Every address asked for as a key, with the items made of the rows that name it (none for an address without
    /// any), in the rows' order: a DataLoader needs an answer for each key, and an empty list is an answer.
    /// </summary>
    private static IReadOnlyDictionary<EvmAddress, IReadOnlyList<TItem>> GroupByAddress<TRow, TItem>(
        IReadOnlyCollection<EvmAddress> addresses, List<TRow> rows, Func<TRow, string> addressOf, Func<TRow, EvmAddress, TItem> toItem)
    {
        var byAddress = rows.ToLookup(addressOf);
        return addresses.Distinct().ToDictionary(
            address => address,
            address => (IReadOnlyList<TItem>)byAddress[address.Value].Select(row => toItem(row, address)).ToArray());
    }

    private static ProfileInfo ToInfo(ProfileRecord profile) =>
        new(profile.Handle, EvmAddress.Parse(profile.Owner), profile.FollowerCount, profile.CreatedAt);
}
