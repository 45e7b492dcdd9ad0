namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// A place in an address's signing keys, which are listed oldest first: the registration time, then the key for the
/// keys registered in the same commit.
/// </summary>
public readonly record struct SigningKeyCursor(long RegisteredAt, string Key);

/// <summary>A Relay page request over an address's signing keys; the cursors are keys of the list.</summary>
public sealed record SigningKeyPageRequest(int? First = null, SigningKeyCursor? After = null, int? Last = null, SigningKeyCursor? Before = null)
{
    /// <summary>Why the request cannot be served, or null when it can (the sizes follow <see cref="PageRequest"/>).</summary>
    public string? Problem() => new PageRequest(First: First, Last: Last).Problem();
}

public sealed record SigningKeyPage(IReadOnlyList<SigningKeyInfo> Keys, bool HasPreviousPage, bool HasNextPage);
