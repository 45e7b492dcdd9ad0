using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// One write transaction as the writes of a commit see it. Lookups go through the context's identity map, so a
/// write sees the changes of the writes before it in the same commit.
/// </summary>
internal sealed class WriteSession(FollowsDbContext context, ChainHead head, long nowMs)
{
    private readonly List<OperationRecord> _appended = [];

    /// <summary>The server's clock for every write of this commit, milliseconds since the epoch.</summary>
    public long NowMs { get; } = nowMs;

    public ChainHead Head { get; private set; } = head;

    /// <summary>The operations appended so far, in log order.</summary>
    public IReadOnlyList<OperationRecord> Appended => _appended;

    public ValueTask<SigningKeyRecord?> FindKeyAsync(string key) => context.SigningKeys.FindAsync(key);

    public ValueTask<ProfileRecord?> FindProfileAsync(string handle) => context.Profiles.FindAsync(handle);

    public ValueTask<FollowRecord?> FindFollowAsync(string address, string handle) => context.Follows.FindAsync(address, handle);

    /// <summary>Whether operation <paramref name="position"/> was signed over exactly <paramref name="content"/>.</summary>
    public async ValueTask<bool> HasContentAsync(long position, string content)
    {
        var operation = await context.Operations.FindAsync(position);
        return operation is not null && string.Equals(operation.Content, content, StringComparison.Ordinal);
    }

    public async ValueTask<AddressRecord> GetOrAddAddressAsync(string address)
    {
        var record = await context.Addresses.FindAsync(address);
        if (record is null)
        {
            record = new AddressRecord { Address = address };
            context.Addresses.Add(record);
        }
        return record;
    }

    public void Add<TRecord>(TRecord record) where TRecord : class => context.Add(record);

    /// <summary>
    /// Appends an operation about or signed by <paramref name="key"/>, carrying the wallet's authorisation of that key
    /// so that the log entry can be verified on its own.
    /// </summary>
    public long AppendWithKey(
        string kind, string address, string handles, long ts, string content, string signature, SigningKeyRecord key) =>
        Append(new OperationRecord
        {
            Kind = kind,
            Address = address,
            Handles = handles,
            Content = content,
            Signature = signature,
            SigningKey = key.Key,
            SigningKeyAuthMessage = key.AuthMessage,
            SigningKeyAuthSignature = key.AuthSignature,
            Ts = ts,
        });

    /// <summary>Gives <paramref name="operation"/> the next position and its chained digest, and stages it.</summary>
    public long Append(OperationRecord operation)
    {
        operation.Position = Head.Position + 1;
        operation.PreviousDigest = Head.Digest;
        operation.AcceptedAt = NowMs;
        operation.Digest = OperationDigest.Compute(operation);
        context.Operations.Add(operation);
        _appended.Add(operation);
        Head = new ChainHead(operation.Position, operation.Digest);
        return operation.Position;
    }
}
