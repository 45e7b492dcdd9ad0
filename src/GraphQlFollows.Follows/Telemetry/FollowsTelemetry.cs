using System.Diagnostics;

namespace GraphQlFollows.Follows.Telemetry;

/// <summary>
/// The names under which the follow graph reports: one <see cref="ActivitySource"/> and one meter, both
/// <see cref="SourceName"/>. A signed write is a <see cref="WriteSpan"/> (tagged with its operation and status),
/// whose children are its <see cref="ChecksSpan"/> (up to the signature) and, once accepted for the writer, its
/// <see cref="QueueSpan"/> (from queueing to the durable answer). A <see cref="CommitSpan"/> is the child of the
/// queue span of its batch's first write, linked to the others, and tagged with the batch size. Each SQL statement
/// of a read is a <see cref="ReadSpan"/>, tagged with the statement's name.
/// </summary>
public static class FollowsTelemetry
{
    public const string SourceName = "GraphQlFollows.Follows";

    public const string WriteSpan = "follows.write";
    public const string ChecksSpan = "follows.checks";
    public const string QueueSpan = "follows.queue";
    public const string CommitSpan = "follows.commit";
    public const string ReadSpan = "follows.read";

    /// <summary>The tag of a <see cref="ReadSpan"/> that names its statement.</summary>
    public const string ReadStatementTag = "follows.read.statement";

    internal static readonly ActivitySource Source = new(SourceName);
}
