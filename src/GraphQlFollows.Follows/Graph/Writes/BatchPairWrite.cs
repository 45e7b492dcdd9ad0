using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// A batch follow or unfollow awaiting commit: each distinct handle is decided on its own, and the handles that
/// changed share one operation-log entry (its <c>handles</c> lists them, in the message's order).
/// </summary>
internal sealed class BatchPairWrite(
    string address, IReadOnlyList<string> handles, bool follow, long ts, string content, string signature, string signingKey)
    : PendingWrite<BatchResult>
{
    public override void Declare(CommitKeys keys)
    {
        keys.UseKey(signingKey);
        keys.AddBucket(address);
        foreach (var handle in handles)
        {
            keys.AddPair(address, handle);
        }
    }

    public override void DeclareRetries(CommitState state, ISet<long> operations)
    {
        foreach (var handle in handles)
        {
            if (PairRules.RetryCandidate(state.Pairs.GetValueOrDefault((address, handle)), ts) is { } operation)
            {
                operations.Add(operation);
            }
        }
    }

    protected override BatchResult DecideCore(CommitSession session)
    {
        if (session.RefuseSigner(signingKey, address, cost: handles.Count) is { } refusal)
        {
            return BatchResults.AllFailed(refusal, session.NowMs, handles);
        }
        var statuses = new HandleStatus[handles.Count];
        var changed = new List<string>();
        foreach (var (i, handle) in handles.Index())
        {
            var pair = session.Pair(address, handle);
            var lastContent = session.ContentOf(PairRules.RetryCandidate(pair, ts));
            var status = PairRules.Decide(
                session.Profile(handle), session.Block(handle, address), pair, address, follow, ts, content, lastContent, out var changes);
            statuses[i] = new HandleStatus(handle, status);
            if (changes)
            {
                changed.Add(handle);
            }
        }
        if (changed.Count > 0)
        {
            var kind = follow ? OperationKinds.BatchFollow : OperationKinds.BatchUnfollow;
            var operation = session.SignedOperation(kind, address, string.Join(',', changed), ts, content, signature, signingKey);
            session.AppendPairs(operation, changed, address, follow);
        }
        return new BatchResult(FollowStatus.Success, session.NowMs, statuses);
    }
}

internal static class BatchResults
{
    /// <summary>A failure of the whole request, repeated for every handle.</summary>
    public static BatchResult AllFailed(FollowStatus status, long nowMs, IReadOnlyList<string>? handles) =>
        new(status, nowMs, handles is null ? [] : handles.Select(h => new HandleStatus(h, status)).ToArray());
}
