namespace GraphQlFollows.Follows.Store;

/// <summary>A claimed handle (table <c>profiles</c>).</summary>
public sealed class ProfileRecord
{
    public required string Handle { get; set; }

    /// <summary>The owning wallet, lowercase <c>0x</c> hex.</summary>
    public required string Owner { get; set; }

    /// <summary>How many addresses follow the profile; always equals its following rows.</summary>
    public long FollowerCount { get; set; }

    /// <summary>Server time of the claim, milliseconds since the epoch.</summary>
    public long CreatedAt { get; set; }

    /// <summary>The id of the claim's operation (see <see cref="Graph.Operation.Id"/>).</summary>
    public long CreatedOperation { get; set; }
}
