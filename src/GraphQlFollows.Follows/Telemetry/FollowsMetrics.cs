using System.Diagnostics.Metrics;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Writes;

namespace GraphQlFollows.Follows.Telemetry;

/// <summary>
/// The follow graph's instruments, on the meter <see cref="FollowsTelemetry.SourceName"/>: the status of every
/// signed write by mutation, each commit's batch size and duration, and the writes waiting for the writer.
/// A meter from the host's <see cref="IMeterFactory"/> lives as long as the host; one made here goes with the graph.
/// </summary>
internal sealed class FollowsMetrics : IDisposable
{
    private static readonly InstrumentAdvice<double> SecondsAdvice = new()
    {
        HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    };

    private static readonly InstrumentAdvice<int> BatchAdvice = new()
    {
        HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
    };

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _statuses;
    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _commitDuration;
    private readonly Histogram<double> _lockHeld;
    private readonly Histogram<int> _appended;

    public FollowsMetrics(IMeterFactory? factory, Func<int> queueDepth)
    {
        _ownsMeter = factory is null;
        _meter = factory?.Create(FollowsTelemetry.SourceName) ?? new Meter(FollowsTelemetry.SourceName);
        _statuses = _meter.CreateCounter<long>(
            "follows.mutations", "{write}", "Signed writes answered, by mutation and status.");
        _batchSize = _meter.CreateHistogram<int>(
            "follows.commit.batch_size", "{write}", "Writes decided by one commit.", advice: BatchAdvice);
        _commitDuration = _meter.CreateHistogram<double>(
            "follows.commit.duration", "s", "A commit, from its first statement to its COMMIT.", advice: SecondsAdvice);
        _lockHeld = _meter.CreateHistogram<double>(
            "follows.commit.lock_held", "s", "How long a commit held the database-wide commit lock that orders the log.", advice: SecondsAdvice);
        _appended = _meter.CreateHistogram<int>(
            "follows.commit.appended", "{operation}", "Operations one commit appended while it held the commit lock.", advice: BatchAdvice);
        _meter.CreateObservableGauge("follows.writer.queue_depth", queueDepth, "{write}", "Writes waiting for a commit.");
    }

    /// <summary>Whether anyone counts the statuses; when not, a write is not watched at all.</summary>
    public bool CountsStatuses => _statuses.Enabled;

    public void Answered(string mutation, string status) =>
        _statuses.Add(1, new KeyValuePair<string, object?>("mutation", mutation), new KeyValuePair<string, object?>("status", status));

    public void Committed(CommitStatistics commit)
    {
        _batchSize.Record(commit.Writes);
        _commitDuration.Record(commit.Duration.TotalSeconds);
        _lockHeld.Record(commit.LockHeld.TotalSeconds);
        _appended.Record(commit.Appended);
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
