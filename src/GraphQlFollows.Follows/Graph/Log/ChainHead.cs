namespace GraphQlFollows.Follows.Graph;

/// <summary>The last committed operation: the next one takes position <c>Position + 1</c> and chains to <c>Digest</c>.</summary>
internal readonly record struct ChainHead(long Position, string Digest)
{
    public static readonly ChainHead Empty = new(0, OperationDigest.Genesis);
}
