using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>A handle claim awaiting commit.</summary>
internal sealed class CreateProfileWrite(string address, string handle, long ts, string content, string signature)
    : PendingWrite<CreateProfileResult>
{
    public override void Declare(CommitRows rows)
    {
        rows.WantedHandles.Add(handle);
        rows.WantedAddresses.Add(address);
    }

    public override void DeclareRetries(CommitRows rows, ISet<long> positions)
    {
        if (rows.Profiles.TryGetValue(handle, out var profile) && profile.Owner == address)
        {
            positions.Add(profile.Position);
        }
    }

    protected override CreateProfileResult DecideCore(WriteSession session)
    {
        if (!session.TrySpendRate(address, 1))
        {
            return new CreateProfileResult(CreateProfileStatus.RateLimited, session.NowMs);
        }
        var existing = session.FindProfile(handle);
        if (existing is not null)
        {
            // The byte-identical claim that created the profile is a retry.
            var retry = existing.Owner == address && session.HasContent(existing.Position, content);
            return new CreateProfileResult(retry ? CreateProfileStatus.Success : CreateProfileStatus.HandleTaken, session.NowMs);
        }
        var position = session.Append(new OperationRecord
        {
            Kind = OperationKinds.CreateProfile,
            Address = address,
            Handles = handle,
            Content = content,
            Signature = signature,
            Ts = ts,
        });
        session.AddProfile(new ProfileRecord { Handle = handle, Owner = address, CreatedAt = session.NowMs, Position = position });
        return new CreateProfileResult(CreateProfileStatus.Success, session.NowMs);
    }
}
