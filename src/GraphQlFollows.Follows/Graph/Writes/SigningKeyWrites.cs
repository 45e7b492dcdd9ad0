using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// A key registration awaiting commit. An address may hold at most <paramref name="maxActiveKeys"/> keys that may
/// sign: counted inside the commit, so that every instance writing the database keeps the bound.
/// </summary>
internal sealed class RegisterSigningKeyWrite(string address, string signingKey, string content, string signature, int maxActiveKeys)
    : PendingWrite<RegisterSigningKeyResult>
{
    public override void Declare(CommitKeys keys)
    {
        keys.ChangeKey(signingKey);
        keys.CountKeysOf(address);
    }

    protected override RegisterSigningKeyResult DecideCore(CommitSession session)
    {
        var status = KeyRules.DecideRegistration(
            session.Key(signingKey), address, session.ActiveKeyCount(address), maxActiveKeys, out var changes);
        if (changes)
        {
            session.Append(Operation.Unchained(
                OperationKinds.RegisterSigningKey, address, "", content, signature, ts: 0, session.NowMs, signingKey));
            session.Put(new KeyState(signingKey, address, content, signature, session.NowMs));
        }
        return new(status, session.NowMs);
    }
}

/// <summary>A key revocation awaiting commit.</summary>
internal sealed class RevokeSigningKeyWrite(string address, string signingKey, long ts, string content, string signature)
    : PendingWrite<RevokeSigningKeyResult>
{
    public override void Declare(CommitKeys keys) => keys.ChangeKey(signingKey);

    protected override RevokeSigningKeyResult DecideCore(CommitSession session)
    {
        var key = session.Key(signingKey);
        var status = KeyRules.DecideRevocation(key, address, out var changes);
        if (changes)
        {
            var operation = session.Append(
                session.SignedOperation(OperationKinds.RevokeSigningKey, address, "", ts, content, signature, signingKey));
            session.Put(key! with { RevokedAt = session.NowMs, RevokedOperation = operation });
        }
        return new(status, session.NowMs);
    }
}
