namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>A clock the test sets by hand.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public long NowMs => Now.ToUnixTimeMilliseconds();

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
