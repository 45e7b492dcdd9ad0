using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing.Tables;
using static GraphQlFollows.Follows.Store.Writing.Tables.WrittenTables;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// Compares the stored derived tables (signing keys, profiles and their follower counts, addresses and their
/// following counts, the follows pairs and their edges, the blocks) row by row and column by column with the
/// replay of the log, through the tables' descriptions.
/// </summary>
internal static class LogTables
{
    public static async Task CompareAsync(
        FollowsDbContext context, LogReplay replay, LogFindings findings, CancellationToken cancellationToken)
    {
        var state = replay.State;
        await CompareAsync(context, findings, SigningKeys.Table, state.Keys.Values, k => $"signing key {k.Key}", cancellationToken);
        await CompareAsync(context, findings, Profiles.Table, state.Profiles.Values, p => $"profile {p.Handle}", cancellationToken);
        await CompareAsync(context, findings, Addresses.Table, state.FollowingCounts, a => $"address {a.Key}", cancellationToken);
        await CompareAsync(context, findings, Pairs.Table, state.Pairs.Values, f => $"follows {f.Address} -> {f.Handle}", cancellationToken);
        await CompareAsync(context, findings, Blocks.Table, state.Blocks.Values, b => $"blocks {b.Handle} -> {b.Address}", cancellationToken);
    }

    private static async Task CompareAsync<TRow>(
        FollowsDbContext context, LogFindings findings, Table<TRow> table, IEnumerable<TRow> replayed, Func<TRow, string> name,
        CancellationToken cancellationToken)
    {
        var expected = replayed.ToDictionary(row => KeyOf(table, row));
        var seen = new HashSet<string>();
        await foreach (var row in TableRows.ReadAllAsync(context, table, cancellationToken))
        {
            var key = KeyOf(table, row);
            seen.Add(key);
            if (!expected.TryGetValue(key, out var replayedRow))
            {
                findings.Add(LogFindingKind.Table, null, $"{name(row)}: stored, but the log has no such row");
                continue;
            }
            foreach (var column in table.Values)
            {
                if (!Equals(column.ValueOf(row), column.ValueOf(replayedRow)))
                {
                    findings.Add(LogFindingKind.Table, null,
                        $"{name(row)}: {column.Name} is {Show(column.ValueOf(row))}, the log gives {Show(column.ValueOf(replayedRow))}");
                }
            }
        }
        foreach (var (key, row) in expected.Where(pair => !seen.Contains(pair.Key)))
        {
            findings.Add(LogFindingKind.Table, null, $"{name(row)}: missing, the log has it");
        }
    }

    private static string KeyOf<TRow>(Table<TRow> table, TRow row) => string.Join('\n', table.Keys.Select(c => c.ValueOf(row)));

    private static string Show(object? value) => value?.ToString() ?? "null";
}
