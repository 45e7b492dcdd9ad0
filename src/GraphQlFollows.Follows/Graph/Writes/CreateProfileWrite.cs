using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>A handle claim awaiting commit.</summary>
internal sealed class CreateProfileWrite(string address, string handle, long ts, string content, string signature)
    : PendingWrite<CreateProfileResult>
{
    public override void Declare(CommitKeys keys)
    {
        keys.Claim(handle);
        keys.AddBucket(address);
    }

    public override void DeclareRetries(CommitState state, ISet<long> operations)
    {
        if (state.Profiles.TryGetValue(handle, out var profile) && profile.Owner == address)
        {
            operations.Add(profile.CreatedOperation);
        }
    }

    protected override CreateProfileResult DecideCore(CommitSession session)
    {
        if (!session.TrySpendRate(address, 1))
        {
            return new CreateProfileResult(CreateProfileStatus.RateLimited, session.NowMs);
        }
        var existing = session.Profile(handle);
        var claim = existing is not null && existing.Owner == address ? session.ContentOf(existing.CreatedOperation) : null;
        var status = ProfileRules.DecideClaim(existing, address, content, claim, out var changes);
        if (changes)
        {
            var operation = session.Append(
                Operation.Unchained(OperationKinds.CreateProfile, address, handle, content, signature, ts, session.NowMs));
            session.AddProfile(new ProfileState(handle, address, FollowerCount: 0, session.NowMs, operation));
        }
        return new CreateProfileResult(status, session.NowMs);
    }
}
