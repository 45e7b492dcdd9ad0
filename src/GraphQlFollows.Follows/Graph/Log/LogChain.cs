namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// Walks the digest chain in position order: positions 1, 2, … with no gap or repeat, each operation chained to
/// the digest of the one before (<see cref="OperationDigest.Genesis"/> before the first), each digest recomputed.
/// </summary>
internal sealed class LogChain(LogFindings findings)
{
    private ChainHead _head = ChainHead.Empty;

    /// <summary>The last operation walked.</summary>
    public ChainHead Head => _head;

    public void Check(Operation operation)
    {
        var expected = _head.Position + 1;
        if (operation.Position != expected)
        {
            findings.Add(LogFindingKind.Chain, operation.Position, $"found at position {operation.Position} where {expected} was expected");
        }
        if (!string.Equals(operation.PreviousDigest, _head.Digest, StringComparison.Ordinal))
        {
            findings.Add(LogFindingKind.Chain, operation.Position, _head.Position == 0
                ? "previousDigest is not the genesis digest"
                : $"previousDigest is not the digest of operation {_head.Position}");
        }
        if (!string.Equals(Recompute(operation), operation.Digest, StringComparison.Ordinal))
        {
            findings.Add(LogFindingKind.Chain, operation.Position, "digest does not match the operation");
        }
        _head = new ChainHead(operation.Position, operation.Digest);
    }

    private static string? Recompute(Operation operation)
    {
        try
        {
            return OperationDigest.Compute(operation);
        }
        catch (FormatException)
        {
            return null; // a malformed previousDigest, reported above unless the previous digest is malformed too
        }
    }
}
