using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph;

/// <summary>A handle claim awaiting commit.</summary>
internal sealed class CreateProfileWrite(string address, string handle, long ts, string content, string signature)
    : PendingWrite<CreateProfileResult>
{
    public override void Declare(CommitKeys keys)
    {
        keys.Handles.Add(handle);
        keys.AddBucket(address);
    }

    public override void DeclareRetries(CommitState state, ISet<long> positions)
    {
        if (state.Profiles.TryGetValue(handle, out var profile) && profile.Owner == address)
        {
            positions.Add(profile.Position);
        }
    }

    protected override CreateProfileResult DecideCore(CommitSession session)
    {
        if (!session.TrySpendRate(address, 1))
        {
            return new CreateProfileResult(CreateProfileStatus.RateLimited, session.NowMs);
        }
        var existing = session.Profile(handle);
        var claim = existing is not null && existing.Owner == address ? session.ContentOf(existing.Position) : null;
        var status = ProfileRules.DecideClaim(existing, address, content, claim, out var changes);
        if (changes)
        {
            var position = session.Append(
                Operation.Unchained(OperationKinds.CreateProfile, address, handle, content, signature, ts, session.NowMs));
            session.AddProfile(new ProfileState(handle, address, FollowerCount: 0, session.NowMs, position));
        }
        return new CreateProfileResult(status, session.NowMs);
    }
}
