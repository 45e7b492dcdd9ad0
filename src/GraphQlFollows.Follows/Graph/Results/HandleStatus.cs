namespace GraphQlFollows.Follows.Graph;

/// <summary>One handle's outcome within a batch follow or unfollow.</summary>
public readonly record struct HandleStatus(string Handle, FollowStatus Status);
