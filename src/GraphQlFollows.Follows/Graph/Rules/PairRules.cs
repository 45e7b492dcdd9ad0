using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Rules;

/// <summary>
/// The contract's checks 7 to 10 for one (address, handle) pair, shared by follow, unfollow and the batches, and
/// the pair's state after an accepted operation. A profile that blocks the address is not found for it, as a
/// blocked user's follow is answered 404 elsewhere. Pure: every fact is passed in.
/// </summary>
public static class PairRules
{
    /// <summary>
    /// Checks, in order: the handle exists and does not block the address; <paramref name="ts"/> is newer than the
    /// pair's last accepted operation (the byte-identical last message, <paramref name="lastContent"/>, is a retry
    /// answered SUCCESS that changes nothing); the profile is not the address's own; the pair is not already in the
    /// requested state.
    /// </summary>
    /// <param name="lastContent">The signed content of the pair's last operation, when its <c>ts</c> is <paramref name="ts"/>.</param>
    /// <param name="changes">Whether the operation is accepted and moves the edge.</param>
    public static FollowStatus Decide(
        ProfileState? profile, BlockState? block, PairState? pair, string address, bool follow, long ts, string content,
        string? lastContent, out bool changes)
    {
        changes = false;
        if (profile is null || block is { IsBlocked: true })
        {
            return FollowStatus.HandleNotFound;
        }
        if (MessageOrder.Check(pair?.LastTs, ts, content, lastContent) is { } order)
        {
            return order;
        }
        if (profile.Owner == address)
        {
            return FollowStatus.InvalidAddress;
        }
        if (follow == (pair?.IsFollowing ?? false))
        {
            return FollowStatus.AlreadyDone;
        }
        changes = true;
        return FollowStatus.Success;
    }

    /// <summary>The operation whose content makes a message at <paramref name="ts"/> a retry (see <see cref="MessageOrder"/>).</summary>
    public static long? RetryCandidate(PairState? pair, long ts) => MessageOrder.RetryCandidate(pair?.LastTs, pair?.LastOperation, ts);

    /// <summary>The pair after <paramref name="operation"/> (the id of a follow or unfollow signed at <paramref name="ts"/>) was accepted.</summary>
    public static PairState Moved(string address, string handle, bool follow, long ts, long operation, long nowMs) =>
        new(address, handle, ts, operation, follow ? operation : null, follow ? nowMs : null);

    /// <summary>
    /// The pair after a block (<paramref name="operation"/>) ended its follow. Its last <c>ts</c> stays the
    /// follower's, but its last operation is now the block, so the follower's last message is no longer a retry that
    /// could be answered SUCCESS without restoring the follow.
    /// </summary>
    public static PairState Ended(PairState pair, long operation) =>
        pair with { LastOperation = operation, FollowOperation = null, FollowedAt = null };
}
