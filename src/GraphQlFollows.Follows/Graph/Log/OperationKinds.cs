namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>The operation names: the <c>op</c> of signed JSON messages and the <c>kind</c> of the operation log.</summary>
public static class OperationKinds
{
    public const string RegisterSigningKey = "registerSigningKey";
    public const string RevokeSigningKey = "revokeSigningKey";
    public const string CreateProfile = "createProfile";
    public const string Follow = "follow";
    public const string Unfollow = "unfollow";
    public const string BatchUnfollow = "batchUnfollow";
    public const string BatchFollow = "batchFollow";
    public const string Block = "block";
    public const string Unblock = "unblock";
}
