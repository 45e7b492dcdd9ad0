using System.Diagnostics;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Writes;

namespace GraphQlFollows.Follows.Telemetry;

/// <summary>Starts and ends the spans of the signed writes and of the writer's commits.</summary>
internal static class WriteTracing
{
    /// <summary>The span of one signed write and, as the current span, its checks.</summary>
    public static Activity? StartWrite(string operation)
    {
        var write = FollowsTelemetry.Source.StartActivity(FollowsTelemetry.WriteSpan, ActivityKind.Internal);
        if (write is null)
        {
            return null;
        }
        write.DisplayName = string.Concat(FollowsTelemetry.WriteSpan, " ", operation);
        write.SetTag("follows.operation", operation);
        FollowsTelemetry.Source.StartActivity(FollowsTelemetry.ChecksSpan, ActivityKind.Internal);
        return write;
    }

    /// <summary>Ends the checks (when they are the current span) and starts the wait for the writer.</summary>
    public static Activity? StartQueue()
    {
        EndChecks();
        return FollowsTelemetry.Source.StartActivity(FollowsTelemetry.QueueSpan, ActivityKind.Internal);
    }

    /// <summary>Ends the checks if a refusal ended them, and tags the write with its status.</summary>
    public static void EndWrite(Activity write, string status)
    {
        EndChecks();
        write.SetTag("follows.status", status);
    }

    /// <summary>
    /// The span of a commit: the child of its first write's queue span, linked to the other writes' spans, so that
    /// the trace of any write leads to the commit that made it durable.
    /// </summary>
    public static Activity? StartCommit(IReadOnlyList<PendingWrite> batch)
    {
        if (!FollowsTelemetry.Source.HasListeners() || batch.Count == 0)
        {
            return null;
        }
        var links = new List<ActivityLink>(batch.Count - 1);
        for (var i = 1; i < batch.Count; i++)
        {
            if (batch[i].Trace != default)
            {
                links.Add(new ActivityLink(batch[i].Trace));
            }
        }
        var commit = FollowsTelemetry.Source.StartActivity(
            FollowsTelemetry.CommitSpan, ActivityKind.Internal, batch[0].Trace, links: links);
        commit?.SetTag("follows.commit.batch_size", batch.Count);
        return commit;
    }

    public static void Failed(Activity? activity, Exception exception)
    {
        activity?.AddException(exception).SetStatus(ActivityStatusCode.Error, exception.Message);
    }

    private static void EndChecks()
    {
        if (Activity.Current is { OperationName: FollowsTelemetry.ChecksSpan } checks && checks.Source == FollowsTelemetry.Source)
        {
            checks.Stop();
        }
    }
}
