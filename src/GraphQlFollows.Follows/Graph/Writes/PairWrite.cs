using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>A signed follow or unfollow awaiting commit.</summary>
internal sealed class PairWrite(
    string address, string handle, bool follow, long ts, string content, string signature, string signingKey)
    : PendingWrite<FollowResult>
{
    public override void Declare(CommitKeys keys)
    {
        keys.UseKey(signingKey);
        keys.AddBucket(address);
        keys.AddPair(address, handle);
    }

    public override void DeclareRetries(CommitState state, ISet<long> operations)
    {
        if (PairRules.RetryCandidate(state.Pairs.GetValueOrDefault((address, handle)), ts) is { } operation)
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
        var pair = session.Pair(address, handle);
        var lastContent = session.ContentOf(PairRules.RetryCandidate(pair, ts));
        var status = PairRules.Decide(
            session.Profile(handle), session.Block(handle, address), pair, address, follow, ts, content, lastContent, out var changes);
        if (changes)
        {
            var kind = follow ? OperationKinds.Follow : OperationKinds.Unfollow;
            session.AppendPairs(session.SignedOperation(kind, address, handle, ts, content, signature, signingKey), [handle], address, follow);
        }
        return new FollowResult(status, session.NowMs);
    }
}
