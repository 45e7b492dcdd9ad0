namespace GraphQlFollows.Follows.Store.Faults;

/// <summary>
/// The waits between attempts to reach a database that failed: doubling from the first to the longest while the
/// failures go on, and back to the first after a success. Not thread-safe: each retrying loop keeps its own.
/// </summary>
internal sealed class RetryBackoff
{
    private readonly TimeSpan _first;
    private readonly TimeSpan _longest;
    private TimeSpan _next;
    private long _retryAtMs;

    public RetryBackoff(TimeSpan first, TimeSpan longest)
    {
        _first = first;
        _longest = longest;
        _next = first;
    }

    /// <summary>Whether the wait after the last failure is still running.</summary>
    public bool IsWaiting => Environment.TickCount64 < Volatile.Read(ref _retryAtMs);

    /// <summary>Records a failure; returns the wait before the next attempt.</summary>
    public TimeSpan Failed()
    {
        var wait = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, _longest.Ticks));
        Volatile.Write(ref _retryAtMs, Environment.TickCount64 + (long)wait.TotalMilliseconds);
        return wait;
    }

    public void Succeeded()
    {
        _next = _first;
        Volatile.Write(ref _retryAtMs, 0);
    }
}
