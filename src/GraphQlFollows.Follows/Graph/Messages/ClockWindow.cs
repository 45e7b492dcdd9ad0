namespace GraphQlFollows.Follows.Graph.Messages;

/// <summary>Whether a message's <c>ts</c> lies inside the server's clock window.</summary>
internal readonly struct ClockWindow(TimeSpan maxAge, TimeSpan maxAhead)
{
    private readonly long _maxAgeMs = (long)maxAge.TotalMilliseconds;
    private readonly long _maxAheadMs = (long)maxAhead.TotalMilliseconds;

    public bool Contains(long ts, long nowMs) => ts >= nowMs - _maxAgeMs && ts <= nowMs + _maxAheadMs;
}
