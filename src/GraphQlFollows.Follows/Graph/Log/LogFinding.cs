namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>Which check of a stored log found a problem.</summary>
public enum LogFindingKind
{
    /// <summary>The digest chain: positions from 1 without gap, each digest recomputed and chained to the one before.</summary>
    Chain,

    /// <summary>The signed message or its signature (wallet EIP-191 or P-256 signing key, and the key's authorisation).</summary>
    Signature,

    /// <summary>The operation does not follow from the log before it: replayed, the graph's rules refuse it or change something else.</summary>
    Replay,

    /// <summary>A stored row (a count, an edge, a profile, a key) differs from the replay of the log.</summary>
    Table,
}

/// <summary>One problem found in a stored log or in the tables derived from it.</summary>
/// <param name="Position">The operation it concerns, or null for a table row.</param>
public sealed record LogFinding(LogFindingKind Kind, long? Position, string Problem)
{
    public override string ToString() => Position is { } position ? $"operation {position}: {Problem}" : Problem;
}
