using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Telemetry;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// Rebuilds the graph from the log by deciding every logged operation again with the writer's own writes
/// (<see cref="PairWrite"/>, <see cref="BatchPairWrite"/>, <see cref="BlockWrite"/>, <see cref="CreateProfileWrite"/>,
/// the key writes),
/// each in a session whose clock is the operation's <c>acceptedAt</c>. An operation follows from the log before it
/// when, so decided, it appends exactly the logged operation; it then leaves the keys, profiles, pairs and counts
/// and blocks the writer left. The rate limit and the bound on an address's keys are not replayed: the buckets are not
/// derived from the log, and a log may have been written under another bound.
/// </summary>
internal sealed class LogReplay(LogFindings findings)
{
    private static readonly IReadOnlyDictionary<long, string> NoRetries = new Dictionary<long, string>();
    // A log may have been written under another bound on an address's keys.
    private const int NoKeyBound = int.MaxValue;

    /// <summary>The replayed rows: every signing key, profile, address's count, pair and block.</summary>
    public CommitState State { get; } = new();

    public void Apply(Operation operation)
    {
        var session = new CommitSession(State, operation.Id, operation.AcceptedAt, RateLimit.Off, NoRetries);
        var appended = session.Changes.Appended;
        string? answer;
        try
        {
            answer = Decide(operation, session);
        }
        catch (FormatException exception)
        {
            findings.Add(LogFindingKind.Replay, operation.Position, $"cannot be replayed: {exception.Message}");
            return;
        }
        if (answer is not null && (appended.Count != 1 || !IsSame(appended[0], operation)))
        {
            findings.Add(LogFindingKind.Replay, operation.Position, appended.Count == 0
                ? $"does not follow from the log before it: replayed, it is answered {answer} and changes nothing"
                : $"does not follow from the log before it: replayed, it changes {appended[0].Handles} instead of {operation.Handles}");
        }
    }

    /// <summary>Decides the operation as the writer would; null when the log entry cannot be a request (reported).</summary>
    private string? Decide(Operation o, CommitSession session)
    {
        if (o.Kind != OperationKinds.CreateProfile && o.SigningKey is null)
        {
            findings.Add(LogFindingKind.Replay, o.Position, "names no signing key");
            return null;
        }
        switch (o.Kind)
        {
            case OperationKinds.RegisterSigningKey:
                return Decide(new RegisterSigningKeyWrite(o.Address, o.SigningKey!, o.Content, o.Signature, NoKeyBound), session, r => Name(r.Status));
            case OperationKinds.RevokeSigningKey:
                return Decide(new RevokeSigningKeyWrite(o.Address, o.SigningKey!, o.Ts, o.Content, o.Signature), session, r => Name(r.Status));
            case OperationKinds.CreateProfile:
                return Decide(new CreateProfileWrite(o.Address, o.Handles, o.Ts, o.Content, o.Signature), session, r => Name(r.Status));
            case OperationKinds.Follow or OperationKinds.Unfollow:
                var follow = o.Kind == OperationKinds.Follow;
                return Decide(new PairWrite(o.Address, o.Handles, follow, o.Ts, o.Content, o.Signature, o.SigningKey!), session, r => Name(r.Status));
            case OperationKinds.BatchFollow or OperationKinds.BatchUnfollow
                when SignedMessage.TryParse(o.Content, o.Kind, MessageFields.Handles, out var message):
                var handles = message.Handles!.Distinct(StringComparer.Ordinal).ToArray();
                var batchFollow = o.Kind == OperationKinds.BatchFollow;
                return Decide(new BatchPairWrite(o.Address, handles, batchFollow, o.Ts, o.Content, o.Signature, o.SigningKey!), session,
                    r => string.Join(", ", r.Handles.Select(h => $"{h.Handle} {Name(h.Status)}")));
            case OperationKinds.Block or OperationKinds.Unblock
                when SignedMessage.TryParse(o.Content, o.Kind, MessageFields.Handle | MessageFields.Target, out var message)
                    && EvmAddress.TryParse(message.Target, out var target):
                var block = o.Kind == OperationKinds.Block;
                return Decide(new BlockWrite(o.Address, o.Handles, target.Value, block, o.Ts, o.Content, o.Signature, o.SigningKey!), session,
                    r => Name(r.Status));
            default:
                findings.Add(LogFindingKind.Replay, o.Position, $"cannot be replayed as a request of kind '{o.Kind}'");
                return null;
        }
    }

    private static string Decide<TResult>(PendingWrite<TResult> write, CommitSession session, Func<TResult, string> describe)
    {
        write.Decide(session);
        write.Complete();
        return describe(write.Completion.Result);
    }

    /// <summary>A status as clients receive it (<c>HANDLE_NOT_FOUND</c>), as findings name it.</summary>
    private static string Name<TStatus>(TStatus status)
        where TStatus : struct, Enum => StatusNames<TStatus>.Of(status);

    /// <summary>The replayed operation is the logged one: the fields its digest covers besides the chain's own, and its id.</summary>
    private static bool IsSame(Operation replayed, Operation logged) =>
        replayed.Id == logged.Id && replayed.Kind == logged.Kind && replayed.Address == logged.Address && replayed.Handles == logged.Handles
        && replayed.Content == logged.Content && replayed.Signature == logged.Signature
        && replayed.SigningKey == logged.SigningKey && replayed.SigningKeyAuthMessage == logged.SigningKeyAuthMessage
        && replayed.SigningKeyAuthSignature == logged.SigningKeyAuthSignature && replayed.Ts == logged.Ts;
}
