using Microsoft.Extensions.Logging;

namespace GraphQlFollows.Follows.Telemetry;

/// <summary>What the follow graph logs: failures it recovers from, which would otherwise go unseen.</summary>
internal static partial class FollowsLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "A subscriber to committed operations failed; the others were still told.")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "A commit of {Writes} writes failed; each write was answered with the failure.")]
    public static partial void CommitFailed(ILogger logger, int writes, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The rate buckets idle for a window could not be pruned; the next window tries again.")]
    public static partial void PruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Listening for other instances' commits failed; listening again in a second, and polling the log meanwhile.")]
    public static partial void ListenFailed(ILogger logger, Exception exception);
}
