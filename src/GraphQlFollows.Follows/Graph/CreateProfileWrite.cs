using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph;

/// <summary>A handle claim awaiting commit.</summary>
internal sealed class CreateProfileWrite(string address, string handle, long ts, string content, string signature)
    : PendingWrite<CreateProfileResult>
{
    protected override async ValueTask<CreateProfileResult> DecideCoreAsync(WriteSession session)
    {
        var existing = await session.FindProfileAsync(handle);
        if (existing is not null)
        {
            // The byte-identical claim that created the profile is a retry.
            var retry = existing.Owner == address && await session.HasContentAsync(existing.Position, content);
            return new CreateProfileResult(retry ? CreateProfileStatus.SUCCESS : CreateProfileStatus.HANDLE_TAKEN, session.NowMs);
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
        session.Add(new ProfileRecord { Handle = handle, Owner = address, CreatedAt = session.NowMs, Position = position });
        return new CreateProfileResult(CreateProfileStatus.SUCCESS, session.NowMs);
    }
}
