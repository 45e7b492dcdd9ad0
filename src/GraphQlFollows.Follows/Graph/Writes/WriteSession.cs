using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// One commit as its writes see it: the rows the batch touches, loaded before any write decides, and changed in
/// memory as each write is accepted, so that a write sees the changes of the writes before it in the same commit.
/// Every change is marked so that the store writes it back.
/// </summary>
internal sealed class WriteSession(
    CommitRows rows, ChainHead head, long nowMs, RateLimit rateLimit, IReadOnlyDictionary<long, string> contents)
{
    private readonly long _firstAppended = head.Position + 1;

    /// <summary>The server's clock for every write of this commit, milliseconds since the epoch.</summary>
    public long NowMs { get; } = nowMs;

    public ChainHead Head { get; private set; } = head;

    public SigningKeyRecord? FindKey(string key) => rows.Keys.GetValueOrDefault(key);

    public ProfileRecord? FindProfile(string handle) => rows.Profiles.GetValueOrDefault(handle);

    public FollowRecord? FindFollow(string address, string handle) => rows.Pairs.GetValueOrDefault((address, handle));

    public BlockRecord? FindBlock(string handle, string address) => rows.Blocks.GetValueOrDefault((handle, address));

    /// <summary>
    /// The keys of <paramref name="address"/> that may sign, counting this commit's registrations and revocations so far;
    /// read for the addresses a write named in <see cref="CommitRows.WantedKeyCounts"/>.
    /// </summary>
    public int ActiveKeyCount(string address) => rows.ActiveKeyCounts.GetValueOrDefault(address);

    /// <summary>Whether the profile <paramref name="handle"/> blocks <paramref name="address"/> now.</summary>
    public bool IsBlocked(string handle, string address) => FindBlock(handle, address)?.IsBlocked ?? false;

    /// <summary>Whether operation <paramref name="position"/> was signed over exactly <paramref name="content"/>.</summary>
    public bool HasContent(long position, string content)
    {
        var signed = position >= _firstAppended
            ? rows.Appended[(int)(position - _firstAppended)].Content
            : contents.GetValueOrDefault(position);
        return string.Equals(signed, content, StringComparison.Ordinal);
    }

    /// <summary>The contract's rate check: spends <paramref name="cost"/> permits of the address's bucket if it has them.</summary>
    public bool TrySpendRate(string address, int cost)
    {
        if (!rateLimit.IsOn)
        {
            return true;
        }
        if (!rows.RateBuckets.TryGetValue(address, out var bucket))
        {
            bucket = rateLimit.NewBucket(address, NowMs);
            rows.RateBuckets.Add(address, bucket);
        }
        if (!rateLimit.TrySpend(bucket, cost, NowMs))
        {
            return false;
        }
        rows.ChangedRateBuckets.Add(bucket);
        return true;
    }

    public AddressRecord GetOrAddAddress(string address)
    {
        if (!rows.Addresses.TryGetValue(address, out var record))
        {
            record = new AddressRecord { Address = address };
            rows.Addresses.Add(address, record);
        }
        return record;
    }

    public FollowRecord GetOrAddFollow(string address, string handle)
    {
        if (!rows.Pairs.TryGetValue((address, handle), out var record))
        {
            record = new FollowRecord { Address = address, Handle = handle };
            rows.Pairs.Add((address, handle), record);
        }
        return record;
    }

    public BlockRecord GetOrAddBlock(string handle, string address)
    {
        if (!rows.Blocks.TryGetValue((handle, address), out var record))
        {
            record = new BlockRecord { Handle = handle, Address = address };
            rows.Blocks.Add((handle, address), record);
        }
        return record;
    }

    public void AddKey(SigningKeyRecord key)
    {
        rows.Keys.Add(key.Key, key);
        rows.ActiveKeyCounts[key.Address] = ActiveKeyCount(key.Address) + 1;
        Changed(key);
    }

    /// <summary>Stages the revocation of an active key, made by the operation at <paramref name="position"/>.</summary>
    public void Revoke(SigningKeyRecord key, long position)
    {
        key.RevokedPosition = position;
        key.RevokedAt = NowMs;
        if (rows.ActiveKeyCounts.TryGetValue(key.Address, out var count))
        {
            rows.ActiveKeyCounts[key.Address] = count - 1;
        }
        Changed(key);
    }

    public void AddProfile(ProfileRecord profile)
    {
        rows.Profiles.Add(profile.Handle, profile);
        Changed(profile);
    }

    public void Changed(SigningKeyRecord key) => rows.ChangedKeys.Add(key);

    public void Changed(ProfileRecord profile) => rows.ChangedProfiles.Add(profile);

    public void Changed(AddressRecord address) => rows.ChangedAddresses.Add(address);

    public void Changed(FollowRecord pair) => rows.ChangedPairs.Add(pair);

    public void Changed(BlockRecord block) => rows.ChangedBlocks.Add(block);

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
        rows.Appended.Add(operation);
        Head = new ChainHead(operation.Position, operation.Digest);
        return operation.Position;
    }
}
