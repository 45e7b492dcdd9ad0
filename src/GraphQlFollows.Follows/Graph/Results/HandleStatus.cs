namespace GraphQlFollows.Follows.Graph.Results;

/// <summary>One handle's outcome within a batch follow or unfollow.</summary>
public readonly record struct HandleStatus(string Handle, FollowStatus Status);
