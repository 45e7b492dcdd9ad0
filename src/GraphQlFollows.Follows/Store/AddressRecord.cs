namespace GraphQlFollows.Follows.Store;

/// <summary>An address that has followed at least once (table <c>addresses</c>).</summary>
public sealed class AddressRecord
{
    /// <summary>Lowercase <c>0x</c> hex.</summary>
    public required string Address { get; set; }

    /// <summary>How many profiles the address follows; always equals its following rows.</summary>
    public long FollowingCount { get; set; }
}
