using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Rules;

/// <summary>
/// The checks of a block or unblock of <c>target</c> by a profile, after the signature and the rate: they mirror
/// a follow's on the (handle, target) pair. Pure: every fact is passed in.
/// </summary>
public static class BlockRules
{
    /// <summary>
    /// Checks, in order: the handle exists; <paramref name="ts"/> is newer than the pair's last accepted block or
    /// unblock (the byte-identical last message, <paramref name="lastContent"/>, is a retry answered SUCCESS that
    /// changes nothing); <paramref name="address"/> owns the profile and is not the target; the pair is not already
    /// in the requested state.
    /// </summary>
    public static FollowStatus Decide(
        ProfileState? profile, BlockState? pair, string address, string target, bool block, long ts, string content,
        string? lastContent, out bool changes)
    {
        changes = false;
        if (profile is null)
        {
            return FollowStatus.HandleNotFound;
        }
        if (MessageOrder.Check(pair?.LastTs, ts, content, lastContent) is { } order)
        {
            return order;
        }
        if (profile.Owner != address || target == address)
        {
            return FollowStatus.InvalidAddress;
        }
        if (block == (pair?.IsBlocked ?? false))
        {
            return FollowStatus.AlreadyDone;
        }
        changes = true;
        return FollowStatus.Success;
    }

    /// <summary>The operation whose content makes a message at <paramref name="ts"/> a retry (see <see cref="MessageOrder"/>).</summary>
    public static long? RetryCandidate(BlockState? pair, long ts) => MessageOrder.RetryCandidate(pair?.LastTs, pair?.LastOperation, ts);

    /// <summary>The pair after <paramref name="operation"/> (the id of a block or unblock signed at <paramref name="ts"/>) was accepted.</summary>
    public static BlockState Moved(string handle, string target, bool block, long ts, long operation, long nowMs) =>
        new(handle, target, ts, operation, block ? operation : null, block ? nowMs : null);
}
