using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// A block or unblock of the address <c>target</c> by the profile <c>handle</c>, signed by the owner
/// <c>address</c>'s signing key, awaiting commit. The pair is (handle, target); its checks mirror a follow's:
/// the rate, the handle exists, <c>ts</c> is newer than the pair's last accepted block or unblock (the
/// byte-identical last message is a retry answered SUCCESS), <c>address</c> owns the profile and is not the
/// target, and the pair is not already in the requested state. A block ends the target's follow of the profile
/// in the same commit.
/// </summary>
internal sealed class BlockWrite(
    string address, string handle, string target, bool block, long ts, string content, string signature, string signingKey)
    : PendingWrite<FollowResult>
{
    public override void Declare(CommitRows rows)
    {
        rows.WantedKeys.Add(signingKey);
        rows.WantedHandles.Add(handle);
        rows.WantedBlocks.Add((handle, target));
        rows.WantedPairs.Add((target, handle));
        rows.WantedAddresses.Add(address);
        rows.WantedAddresses.Add(target);
    }

    public override void DeclareRetries(CommitRows rows, ISet<long> positions)
    {
        if (rows.Blocks.TryGetValue((handle, target), out var pair) && pair.LastTs == ts)
        {
            positions.Add(pair.LastPosition);
        }
    }

    protected override FollowResult DecideCore(WriteSession session) => new(DecideStatus(session), session.NowMs);

    private FollowStatus DecideStatus(WriteSession session)
    {
        var key = session.FindKey(signingKey);
        if (!PairRules.IsActiveKeyOf(key, address))
        {
            return FollowStatus.InvalidSigningKey;
        }
        if (!session.TrySpendRate(address, 1))
        {
            return FollowStatus.RateLimited;
        }
        var profile = session.FindProfile(handle);
        if (profile is null)
        {
            return FollowStatus.HandleNotFound;
        }
        var pair = session.FindBlock(handle, target);
        if (pair is not null && ts <= pair.LastTs)
        {
            var retry = ts == pair.LastTs && session.HasContent(pair.LastPosition, content);
            return retry ? FollowStatus.Success : FollowStatus.MessageExpired;
        }
        if (profile.Owner != address || target == address)
        {
            return FollowStatus.InvalidAddress;
        }
        if (block == (pair?.IsBlocked ?? false))
        {
            return FollowStatus.AlreadyDone;
        }
        var position = session.AppendWithKey(block ? OperationKinds.Block : OperationKinds.Unblock, address, handle, ts, content, signature, key);
        pair = session.GetOrAddBlock(handle, target);
        pair.LastTs = ts;
        pair.LastPosition = position;
        pair.BlockPosition = block ? position : null;
        pair.BlockedAt = block ? session.NowMs : null;
        session.Changed(pair);
        if (block && session.FindFollow(target, handle) is { IsFollowing: true } follow)
        {
            PairRules.EndFollow(session, profile, follow, position);
        }
        return FollowStatus.Success;
    }
}
