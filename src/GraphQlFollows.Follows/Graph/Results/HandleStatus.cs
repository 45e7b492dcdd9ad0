namespace GraphQlFollows.Follows.Graph;

/// <summary>One handle's outcome within a batch unfollow.</summary>
public readonly record struct HandleStatus(string Handle, FollowStatus Status);
