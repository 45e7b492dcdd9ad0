namespace GraphQlFollows.Follows.Graph.State;

/// <summary>An address's token bucket of signed writes: <see cref="Tokens"/> left when last refilled at <see cref="UpdatedAt"/>.</summary>
public sealed record RateBucket(string Address, double Tokens, long UpdatedAt);
