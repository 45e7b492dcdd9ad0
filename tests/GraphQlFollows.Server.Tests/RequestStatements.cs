using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQlFollows.Follows.Telemetry;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// Counts the SQL statements sent while serving one request: the store's own reads and EF Core's. A request sent
/// through <see cref="Trace"/> carries a <c>traceparent</c> header of its own, ASP.NET Core makes its request activity
/// a child of it; every read of the store is a span of that trace (<see cref="FollowsTelemetry.ReadSpan"/>), and EF
/// Core reports every command it executes to its <see cref="DiagnosticListener"/> in the request's flow, where
/// <see cref="Activity.Current"/> names the trace. Nothing in the server is replaced.
/// </summary>
internal sealed class RequestStatements : IObserver<DiagnosticListener>, IDisposable
{
    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";

    private readonly ConcurrentDictionary<ActivityTraceId, int> _counts = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ActivityListener _requests = new()
    {
        ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    };
    private readonly ActivityListener _reads;

    public RequestStatements()
    {
        _reads = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FollowsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = span =>
            {
                if (span.OperationName == FollowsTelemetry.ReadSpan)
                {
                    Record(span.TraceId);
                }
            },
        };
        ActivitySource.AddActivityListener(_requests);
        ActivitySource.AddActivityListener(_reads);
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Gives the request a trace of its own, whose statements <see cref="Count"/> tells.</summary>
    public ActivityTraceId Trace(HttpRequestMessage request)
    {
        var trace = ActivityTraceId.CreateRandom();
        _counts[trace] = 0;
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        return trace;
    }

    public int Count(ActivityTraceId trace) => _counts[trace];

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(new Observer(this), name => name == CommandExecuting));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
        }

        _requests.Dispose();
        _reads.Dispose();
    }

    private void Record(ActivityTraceId? trace)
    {
        if (trace is { } id && _counts.ContainsKey(id))
        {
            _counts.AddOrUpdate(id, 1, (_, count) => count + 1);
        }
    }

    private sealed class Observer(RequestStatements statements) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value) => statements.Record(Activity.Current?.TraceId);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
