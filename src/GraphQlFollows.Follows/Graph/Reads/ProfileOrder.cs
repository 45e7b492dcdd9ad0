namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// The order of a profile list: by follower count first when <see cref="FollowerCount"/> is given, always by handle
/// (ordinal) after it, which makes the order total since handles are unique. Served by the primary key (handle) and
/// by <c>ix_profiles_follower_count</c> (follower count descending, handle).
/// </summary>
public sealed record ProfileOrder(SortDirection? FollowerCount = null, SortDirection Handle = SortDirection.Asc)
{
    /// <summary>By handle, a to z: the order when none is asked for.</summary>
    public static ProfileOrder ByHandle { get; } = new();

    /// <summary>The same keys, each in the other direction: the list read from its end.</summary>
    public ProfileOrder Reversed() => new(Flip(FollowerCount), Flip(Handle)!.Value);

    private static SortDirection? Flip(SortDirection? direction) =>
        direction is { } d ? (d == SortDirection.Asc ? SortDirection.Desc : SortDirection.Asc) : null;
}

public enum SortDirection
{
    Asc,
    Desc,
}

/// <summary>
/// A profile's place in a list ordered by <see cref="ProfileOrder"/>: its handle, and its follower count when the
/// order has it (the count when the cursor was made: the list goes on from there even if the count has changed).
/// </summary>
public sealed record ProfileCursor(string Handle, long? FollowerCount = null);

/// <summary>A Relay page request over a profile list; the cursors are places in that list's order.</summary>
public sealed record ProfilePageRequest(int? First = null, ProfileCursor? After = null, int? Last = null, ProfileCursor? Before = null)
{
    /// <summary>Why the request cannot be served, or null when it can (the sizes follow <see cref="PageRequest"/>).</summary>
    public string? Problem() => new PageRequest(First: First, Last: Last).Problem();
}

public sealed record ProfilePage(IReadOnlyList<ProfileInfo> Profiles, bool HasPreviousPage, bool HasNextPage);
