using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// Compares the stored derived tables (signing keys, profiles and their follower counts, addresses and their
/// following counts, the follows pairs and their edges, the blocks) row by row and column by column with the replay of the log.
/// </summary>
internal static class LogTables
{
    public static async Task CompareAsync(
        FollowsDbContext context, LogReplay replay, LogFindings findings, CancellationToken cancellationToken)
    {
        var state = replay.State;
        Compare(findings, state.Keys, await context.SigningKeys.AsNoTracking().ToListAsync(cancellationToken),
            k => k.Key, key => $"signing key {key}",
            ("address", k => k.Address), ("auth_message", k => k.AuthMessage), ("auth_signature", k => k.AuthSignature),
            ("registered_at", k => k.RegisteredAt), ("revoked_at", k => k.RevokedAt), ("revoked_position", k => k.RevokedPosition));
        Compare(findings, state.Profiles, await context.Profiles.AsNoTracking().ToListAsync(cancellationToken),
            p => p.Handle, handle => $"profile {handle}",
            ("owner", p => p.Owner), ("follower_count", p => p.FollowerCount), ("created_at", p => p.CreatedAt),
            ("position", p => p.Position));
        Compare(findings, state.Addresses, await context.Addresses.AsNoTracking().ToListAsync(cancellationToken),
            a => a.Address, address => $"address {address}",
            ("following_count", a => a.FollowingCount));
        Compare(findings, state.Pairs, await context.Follows.AsNoTracking().ToListAsync(cancellationToken),
            f => (f.Address, f.Handle), pair => $"follows {pair.Address} -> {pair.Handle}",
            ("follow_position", f => f.FollowPosition), ("followed_at", f => f.FollowedAt),
            ("last_ts", f => f.LastTs), ("last_position", f => f.LastPosition));
        Compare(findings, state.Blocks, await context.Blocks.AsNoTracking().ToListAsync(cancellationToken),
            b => (b.Handle, b.Address), pair => $"blocks {pair.Handle} -> {pair.Address}",
            ("block_position", b => b.BlockPosition), ("blocked_at", b => b.BlockedAt),
            ("last_ts", b => b.LastTs), ("last_position", b => b.LastPosition));
    }

    private static void Compare<TKey, TRecord>(
        LogFindings findings, IReadOnlyDictionary<TKey, TRecord> replayed, IEnumerable<TRecord> stored,
        Func<TRecord, TKey> keyOf, Func<TKey, string> name, params (string Column, Func<TRecord, object?> Value)[] columns)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        foreach (var row in stored)
        {
            var key = keyOf(row);
            seen.Add(key);
            if (!replayed.TryGetValue(key, out var expected))
            {
                findings.Add(LogFindingKind.Table, null, $"{name(key)}: stored, but the log has no such row");
                continue;
            }
            foreach (var (column, value) in columns)
            {
                if (!Equals(value(row), value(expected)))
                {
                    findings.Add(LogFindingKind.Table, null,
                        $"{name(key)}: {column} is {Show(value(row))}, the log gives {Show(value(expected))}");
                }
            }
        }
        foreach (var key in replayed.Keys.Where(key => !seen.Contains(key)))
        {
            findings.Add(LogFindingKind.Table, null, $"{name(key)}: missing, the log has it");
        }
    }

    private static string Show(object? value) => value?.ToString() ?? "null";
}
