using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// The graph's objects by their keys, for refetching any of them by a global id: follows and blocks in force by
/// their pair, signing keys by key (profiles and operations by key are <see cref="FollowQueries"/>' own). Each
/// lookup is one statement whatever the number of keys, through the primary keys.
/// </summary>
public sealed class NodeQueries(IDbContextFactory<FollowsDbContext> factory)
{
    /// <summary>The current follows among the (follower, handle) pairs; pairs not following are absent.</summary>
    public async Task<IReadOnlyDictionary<(EvmAddress Address, string Handle), FollowEdge>> GetFollowsAsync(
        IReadOnlyCollection<(EvmAddress Address, string Handle)> pairs)
    {
        var (addresses, handles) = Keys(pairs);
        await using var context = await factory.CreateDbContextAsync();
        // One statement over the cross product of the keys, narrowed to the pairs asked for afterwards.
        var rows = await context.Follows.AsNoTracking()
            .Where(f => addresses.Contains(f.Address) && handles.Contains(f.Handle) && f.FollowOperation != null)
            .Select(f => new FollowEdge(EvmAddress.Parse(f.Address), f.Handle, f.FollowedAt ?? 0, f.FollowOperation!.Value))
            .ToListAsync();
        return Narrowed(rows, pairs, edge => (edge.Address, edge.Handle));
    }

    /// <summary>The blocks in force among the (blocked address, handle) pairs; pairs not blocked are absent.</summary>
    public async Task<IReadOnlyDictionary<(EvmAddress Address, string Handle), BlockEdge>> GetBlocksAsync(
        IReadOnlyCollection<(EvmAddress Address, string Handle)> pairs)
    {
        var (addresses, handles) = Keys(pairs);
        await using var context = await factory.CreateDbContextAsync();
        var rows = await context.Blocks.AsNoTracking()
            .Where(b => addresses.Contains(b.Address) && handles.Contains(b.Handle) && b.BlockOperation != null)
            .Select(b => new BlockEdge(EvmAddress.Parse(b.Address), b.Handle, b.BlockedAt ?? 0, b.BlockOperation!.Value))
            .ToListAsync();
        return Narrowed(rows, pairs, edge => (edge.Address, edge.Handle));
    }

    /// <summary>The signing keys with the given keys (base64 SPKI), revoked ones included; unknown keys are absent.</summary>
    public async Task<IReadOnlyDictionary<string, SigningKeyInfo>> GetSigningKeysAsync(IReadOnlyCollection<string> keys)
    {
        var distinct = keys.Distinct().ToArray();
        await using var context = await factory.CreateDbContextAsync();
        var rows = await context.SigningKeys.AsNoTracking().Where(k => distinct.Contains(k.Key)).ToListAsync();
        return rows.ToDictionary(k => k.Key,
            k => new SigningKeyInfo(k.Key, EvmAddress.Parse(k.Address), k.AuthMessage, k.AuthSignature, k.RegisteredAt, k.RevokedAt));
    }

    private static Dictionary<(EvmAddress Address, string Handle), TEdge> Narrowed<TEdge>(
        List<TEdge> rows, IReadOnlyCollection<(EvmAddress Address, string Handle)> pairs, Func<TEdge, (EvmAddress, string)> pairOf)
    {
        var wanted = pairs.ToHashSet();
        return rows.Where(edge => wanted.Contains(pairOf(edge))).ToDictionary(pairOf);
    }

    private static (string[] Addresses, string[] Handles) Keys(IReadOnlyCollection<(EvmAddress Address, string Handle)> pairs) =>
        (pairs.Select(p => p.Address.Value).Distinct().ToArray(), pairs.Select(p => p.Handle).Distinct().ToArray());
}
