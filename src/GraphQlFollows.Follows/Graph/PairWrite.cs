namespace GraphQlFollows.Follows.Graph;

/// <summary>A signed follow or unfollow awaiting commit.</summary>
internal sealed class PairWrite(
    string address, string handle, bool follow, long ts, string content, string signature, string signingKey)
    : PendingWrite<FollowResult>
{
    protected override async ValueTask<FollowResult> DecideCoreAsync(WriteSession session)
    {
        var key = await session.FindKeyAsync(signingKey);
        if (!PairRules.IsActiveKeyOf(key, address))
        {
            return new FollowResult(FollowStatus.INVALID_SIGNING_KEY, session.NowMs);
        }
        var (status, change) = await PairRules.DecideAsync(session, address, handle, follow, ts, content);
        if (change is not null)
        {
            var kind = follow ? OperationKinds.Follow : OperationKinds.Unfollow;
            var position = session.AppendWithKey(kind, address, handle, ts, content, signature, key);
            await PairRules.ApplyAsync(session, change, ts, position);
        }
        return new FollowResult(status, session.NowMs);
    }
}
