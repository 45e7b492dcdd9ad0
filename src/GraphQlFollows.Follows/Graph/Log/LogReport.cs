namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>What a check of a stored log found.</summary>
/// <param name="Operations">The operations read.</param>
/// <param name="HeadDigest">The last operation's digest (the genesis digest for an empty log).</param>
/// <param name="SigningKeys">Signing keys registered by the log, revoked or not.</param>
/// <param name="Profiles">Profiles claimed by the log.</param>
/// <param name="Follows">Edges (address follows profile) the replay of the log leaves.</param>
/// <param name="FindingCount">Every problem found.</param>
/// <param name="Findings">The first problems, in the order found (at most 100).</param>
public sealed record LogReport(
    long Operations, string HeadDigest, int SigningKeys, int Profiles, int Follows, long FindingCount,
    IReadOnlyList<LogFinding> Findings)
{
    /// <summary>True when nothing was found.</summary>
    public bool Holds => FindingCount == 0;
}
