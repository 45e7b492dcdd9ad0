using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// A block or unblock of the address <c>target</c> by the profile <c>handle</c>, signed by the owner
/// <c>address</c>'s signing key, awaiting commit (see <see cref="BlockRules"/>). A block ends the target's follow of
/// the profile in the same commit.
/// </summary>
internal sealed class BlockWrite(
    string address, string handle, string target, bool block, long ts, string content, string signature, string signingKey)
    : PendingWrite<FollowResult>
{
    public override void Declare(CommitKeys keys)
    {
        keys.UseKey(signingKey);
        keys.AddBucket(address);
        keys.Handles.Add(handle);
        keys.Blocks.Add((handle, target));
        keys.Pairs.Add((target, handle));
    }

    public override void DeclareRetries(CommitState state, ISet<long> operations)
    {
        if (BlockRules.RetryCandidate(state.Blocks.GetValueOrDefault((handle, target)), ts) is { } operation)
        {
            operations.Add(operation);
        }
    }

    protected override FollowResult DecideCore(CommitSession session)
    {
        if (session.RefuseSigner(signingKey, address, cost: 1) is { } refusal)
        {
            return new FollowResult(refusal, session.NowMs);
        }
        var pair = session.Block(handle, target);
        var lastContent = session.ContentOf(BlockRules.RetryCandidate(pair, ts));
        var status = BlockRules.Decide(session.Profile(handle), pair, address, target, block, ts, content, lastContent, out var changes);
        if (changes)
        {
            var kind = block ? OperationKinds.Block : OperationKinds.Unblock;
            var operation = session.Append(session.SignedOperation(kind, address, handle, ts, content, signature, signingKey));
            session.Put(BlockRules.Moved(handle, target, block, ts, operation, session.NowMs));
            if (block && session.Pair(target, handle) is { IsFollowing: true } follow)
            {
                session.Put(PairRules.Ended(follow, operation));
                session.MoveCounts(target, handle, -1);
            }
        }
        return new FollowResult(status, session.NowMs);
    }
}
