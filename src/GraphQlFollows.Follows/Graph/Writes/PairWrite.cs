using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>A signed follow or unfollow awaiting commit.</summary>
internal sealed class PairWrite(
    string address, string handle, bool follow, long ts, string content, string signature, string signingKey)
    : PendingWrite<FollowResult>
{
    public override void Declare(CommitRows rows)
    {
        rows.WantedKeys.Add(signingKey);
        PairRules.Declare(rows, address, handle);
    }

    public override void DeclareRetries(CommitRows rows, ISet<long> positions) =>
        PairRules.DeclareRetry(rows, address, handle, ts, positions);

    protected override FollowResult DecideCore(WriteSession session)
    {
        var key = session.FindKey(signingKey);
        if (!PairRules.IsActiveKeyOf(key, address))
        {
            return new FollowResult(FollowStatus.InvalidSigningKey, session.NowMs);
        }
        if (!session.TrySpendRate(address, 1))
        {
            return new FollowResult(FollowStatus.RateLimited, session.NowMs);
        }
        var (status, change) = PairRules.Decide(session, address, handle, follow, ts, content);
        if (change is not null)
        {
            var kind = follow ? OperationKinds.Follow : OperationKinds.Unfollow;
            var position = session.AppendWithKey(kind, address, handle, ts, content, signature, key);
            PairRules.Apply(session, change, ts, position);
        }
        return new FollowResult(status, session.NowMs);
    }
}
