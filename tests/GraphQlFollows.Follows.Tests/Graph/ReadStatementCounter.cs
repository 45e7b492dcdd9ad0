using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQlFollows.Follows.Telemetry;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// Counts the SQL statements the graph's reads send from the code that runs after <see cref="Start"/> on the same
/// flow: every statement is a <see cref="FollowsTelemetry.ReadSpan"/>, and the counter's own span is their
/// ancestor, so the reads of tests running at the same time are not counted.
/// </summary>
public sealed class ReadStatementCounter : IDisposable
{
    private readonly Activity _scope;
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _statements = new();

    private ReadStatementCounter()
    {
        _scope = new Activity("read-statement-count").SetIdFormat(ActivityIdFormat.W3C).Start();
        var trace = _scope.TraceId;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FollowsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.TraceId == trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = span =>
            {
                if (span.TraceId == trace && span.OperationName == FollowsTelemetry.ReadSpan)
                {
                    _statements.Enqueue(span.GetTagItem(FollowsTelemetry.ReadStatementTag) as string ?? "?");
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Starts counting; call it from the test's own method (not an awaited helper), so that its span stays current there.</summary>
    public static ReadStatementCounter Start() => new();

    public int Count => _statements.Count;

    /// <summary>The names of the statements counted so far, in the order they ended.</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    /// <summary>The statements that <paramref name="read"/> sends.</summary>
    public async Task<IReadOnlyList<string>> DuringAsync(Func<Task> read)
    {
        var before = Count;
        await read();
        return Statements.Skip(before).ToArray();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _scope.Stop();
    }
}
