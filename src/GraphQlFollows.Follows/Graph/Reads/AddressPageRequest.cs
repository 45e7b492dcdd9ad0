using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>A Relay page request over a list ordered by address: the cursors are addresses of the list.</summary>
public sealed record AddressPageRequest(int? First = null, EvmAddress? After = null, int? Last = null, EvmAddress? Before = null)
{
    /// <summary>Why the request cannot be served, or null when it can (the sizes follow <see cref="PageRequest"/>).</summary>
    public string? Problem() => new PageRequest(First: First, Last: Last).Problem();
}
