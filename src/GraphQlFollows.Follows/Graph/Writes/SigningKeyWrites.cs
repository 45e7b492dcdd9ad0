using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// A key registration awaiting commit. An address may hold at most <paramref name="maxActiveKeys"/> keys that are not
/// revoked: counted inside the commit, so that every instance writing the database keeps the bound.
/// </summary>
internal sealed class RegisterSigningKeyWrite(string address, string signingKey, string content, string signature, int maxActiveKeys)
    : PendingWrite<RegisterSigningKeyResult>
{
    public override void Declare(CommitRows rows)
    {
        rows.WantedKeys.Add(signingKey);
        rows.WantedKeyCounts.Add(address);
    }

    protected override RegisterSigningKeyResult DecideCore(WriteSession session)
    {
        var existing = session.FindKey(signingKey);
        if (existing is not null)
        {
            // Registering again is idempotent, but never revives a revoked key: the authorisation message
            // carries no time, so anyone holding it could replay it.
            var same = PairRules.IsActiveKeyOf(existing, address);
            return new(same ? RegisterSigningKeyStatus.Success : RegisterSigningKeyStatus.InvalidSigningKey, session.NowMs);
        }
        if (session.ActiveKeyCount(address) >= maxActiveKeys)
        {
            return new(RegisterSigningKeyStatus.InvalidSigningKey, session.NowMs);
        }
        session.Append(new OperationRecord
        {
            Kind = OperationKinds.RegisterSigningKey,
            Address = address,
            Handles = "",
            Content = content,
            Signature = signature,
            SigningKey = signingKey,
        });
        session.AddKey(new SigningKeyRecord
        {
            Key = signingKey,
            Address = address,
            AuthMessage = content,
            AuthSignature = signature,
            RegisteredAt = session.NowMs,
        });
        return new(RegisterSigningKeyStatus.Success, session.NowMs);
    }
}

/// <summary>A key revocation awaiting commit.</summary>
internal sealed class RevokeSigningKeyWrite(string address, string signingKey, long ts, string content, string signature)
    : PendingWrite<RevokeSigningKeyResult>
{
    public override void Declare(CommitRows rows) => rows.WantedKeys.Add(signingKey);

    protected override RevokeSigningKeyResult DecideCore(WriteSession session)
    {
        var key = session.FindKey(signingKey);
        if (key is null || key.Address != address)
        {
            return new(RevokeSigningKeyStatus.InvalidSigningKey, session.NowMs);
        }
        if (key.RevokedAt is not null)
        {
            return new(RevokeSigningKeyStatus.Success, session.NowMs); // already revoked: nothing to change
        }
        session.Revoke(key, session.AppendWithKey(OperationKinds.RevokeSigningKey, address, "", ts, content, signature, key));
        return new(RevokeSigningKeyStatus.Success, session.NowMs);
    }
}
