using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// A batch unfollow awaiting commit: each distinct handle is decided on its own, and the handles that changed
/// share one operation-log entry (its <c>handles</c> lists them, in the message's order).
/// </summary>
internal sealed class BatchUnfollowWrite(
    string address, IReadOnlyList<string> handles, long ts, string content, string signature, string signingKey)
    : PendingWrite<BatchUnfollowResult>
{
    public override void Declare(CommitRows rows)
    {
        rows.WantedKeys.Add(signingKey);
        foreach (var handle in handles)
        {
            PairRules.Declare(rows, address, handle);
        }
    }

    public override void DeclareRetries(CommitRows rows, ISet<long> positions)
    {
        foreach (var handle in handles)
        {
            PairRules.DeclareRetry(rows, address, handle, ts, positions);
        }
    }

    protected override BatchUnfollowResult DecideCore(WriteSession session)
    {
        var key = session.FindKey(signingKey);
        if (!PairRules.IsActiveKeyOf(key, address))
        {
            return BatchUnfollowResults.AllFailed(FollowStatus.InvalidSigningKey, session.NowMs, handles);
        }
        if (!session.TrySpendRate(address, handles.Count))
        {
            return BatchUnfollowResults.AllFailed(FollowStatus.RateLimited, session.NowMs, handles);
        }
        var statuses = new HandleStatus[handles.Count];
        var changes = new List<AcceptedPairChange>();
        for (var i = 0; i < handles.Count; i++)
        {
            var (status, change) = PairRules.Decide(session, address, handles[i], follow: false, ts, content);
            statuses[i] = new HandleStatus(handles[i], status);
            if (change is not null)
            {
                changes.Add(change);
            }
        }
        if (changes.Count > 0)
        {
            var changed = string.Join(',', changes.Select(c => c.Profile.Handle));
            var position = session.AppendWithKey(OperationKinds.BatchUnfollow, address, changed, ts, content, signature, key);
            foreach (var change in changes)
            {
                PairRules.Apply(session, change, ts, position);
            }
        }
        return new BatchUnfollowResult(FollowStatus.Success, session.NowMs, statuses);
    }
}

internal static class BatchUnfollowResults
{
    /// <summary>A failure of the whole request, repeated for every handle.</summary>
    public static BatchUnfollowResult AllFailed(FollowStatus status, long nowMs, IReadOnlyList<string>? handles) =>
        new(status, nowMs, handles is null ? [] : handles.Select(h => new HandleStatus(h, status)).ToArray());
}
