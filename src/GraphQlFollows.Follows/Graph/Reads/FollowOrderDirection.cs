namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>Follow-time order of followers and followings (the contract's <c>FollowOrder.direction</c>).</summary>
public enum FollowOrderDirection
{
    Asc,
    Desc,
}
