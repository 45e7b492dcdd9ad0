using GraphQlFollows.Follows.Graph.Results;

namespace GraphQlFollows.Follows.Graph.Rules;

/// <summary>
/// The contract's check 8, shared by every pair a signed message moves (a follow pair, a block pair): a message must
/// be newer than the pair's last accepted one, except that the byte-identical last message is a safe retry, answered
/// SUCCESS again without changing anything.
/// </summary>
public static class MessageOrder
{
    /// <summary>
    /// Null when <paramref name="ts"/> is newer than the pair's last accepted <paramref name="lastTs"/> (or the pair has
    /// none); otherwise SUCCESS for the identical last message (<paramref name="lastContent"/>) and MESSAGE_EXPIRED for
    /// any other.
    /// </summary>
    public static FollowStatus? Check(long? lastTs, long ts, string content, string? lastContent) =>
        lastTs is not { } last || ts > last ? null
        : ts == last && string.Equals(content, lastContent, StringComparison.Ordinal) ? FollowStatus.Success
        : FollowStatus.MessageExpired;

    /// <summary>
    /// The operation whose signed content decides whether a message signed at <paramref name="ts"/> is a retry: the
    /// pair's last operation, when it was signed at the same <c>ts</c>.
    /// </summary>
    public static long? RetryCandidate(long? lastTs, long? lastOperation, long ts) => lastTs == ts ? lastOperation : null;
}
