namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>The last committed operation: the next one takes position <c>Position + 1</c> and chains to <c>Digest</c>.</summary>
internal readonly record struct ChainHead(long Position, string Digest)
{
    public static readonly ChainHead Empty = new(0, OperationDigest.Genesis);

    /// <summary>Gives <paramref name="operation"/> the next position and its chained digest; the result is the new head.</summary>
    public Operation Append(Operation operation, out ChainHead next)
    {
        var chained = operation with { Position = Position + 1, PreviousDigest = Digest, Digest = "" };
        chained = chained with { Digest = OperationDigest.Compute(chained) };
        next = new ChainHead(chained.Position, chained.Digest);
        return chained;
    }
}
