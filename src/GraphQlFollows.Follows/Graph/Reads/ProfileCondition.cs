using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// A condition on profiles for <see cref="ProfileSearch"/>: only comparisons an index serves (the handle equal to
/// or starting with a text, the owner equal to an address, the follower count compared with a number), combined
/// with all-of and any-of.
/// </summary>
public abstract record ProfileCondition
{
    private ProfileCondition()
    {
    }

    /// <summary>Every condition holds; none given, any profile matches.</summary>
    public sealed record AllOf(IReadOnlyList<ProfileCondition> Conditions) : ProfileCondition;

    /// <summary>At least one condition holds; none given, no profile matches.</summary>
    public sealed record AnyOf(IReadOnlyList<ProfileCondition> Conditions) : ProfileCondition;

    public sealed record HandleIs(string Handle) : ProfileCondition;

    /// <summary>The handle starts with <see cref="Prefix"/>, compared character by character (ordinal).</summary>
    public sealed record HandleStartsWith(string Prefix) : ProfileCondition;

    public sealed record OwnerIs(EvmAddress Owner) : ProfileCondition;

    public sealed record FollowerCountIs(CountComparison Comparison, long Value) : ProfileCondition;

    /// <summary>Any profile.</summary>
    public static ProfileCondition Any { get; } = new AllOf([]);
}

/// <summary>How a count is compared with a number: the profile's count is equal, greater, ... than the number.</summary>
public enum CountComparison
{
    Equal,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}
