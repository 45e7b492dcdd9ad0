using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// One commit as its writes see it: the rows the batch touches (<see cref="CommitState"/>), loaded before any write
/// decides, and the changes staged so far (<see cref="CommitChanges"/>). Each accepted write replaces the rows it
/// changed, so the next write decides on them. Every operation appended takes the next of the commit's operation
/// ids, from <paramref name="firstOperation"/> on, by which the rows refer to it; its place in the log is given
/// later, when the commit is chained (see <see cref="Operation.Id"/>).
/// </summary>
internal sealed class CommitSession(
    CommitState state, long firstOperation, long nowMs, RateLimit rateLimit, IReadOnlyDictionary<long, string> contents)
{
    /// <summary>The server's clock for every write of this commit, milliseconds since the epoch.</summary>
    public long NowMs { get; } = nowMs;

    public CommitChanges Changes { get; } = new();

    public KeyState? Key(string key) => state.Keys.GetValueOrDefault(key);

    public ProfileState? Profile(string handle) => state.Profiles.GetValueOrDefault(handle);

    public PairState? Pair(string address, string handle) => state.Pairs.GetValueOrDefault((address, handle));

    public BlockState? Block(string handle, string address) => state.Blocks.GetValueOrDefault((handle, address));

    /// <summary>The signed content of <paramref name="operation"/>, if this commit appended it or loaded it as a retry's candidate.</summary>
    public string? ContentOf(long? operation) => operation switch
    {
        null => null,
        { } id when id >= firstOperation => Changes.Appended[(int)(id - firstOperation)].Content,
        { } id => contents.GetValueOrDefault(id),
    };

    /// <summary>
    /// The checks of a write signed by a signing key that the writer makes: 4 again (the key may have been revoked
    /// since the request was checked), then 6, the rate, spending <paramref name="cost"/> permits. Null when both pass.
    /// </summary>
    public FollowStatus? RefuseSigner(string signingKey, string address, int cost) =>
        !KeyRules.MaySign(Key(signingKey), address) ? FollowStatus.InvalidSigningKey
        : !TrySpendRate(address, cost) ? FollowStatus.RateLimited
        : null;

    /// <summary>An operation signed by <paramref name="signingKey"/>, carrying the wallet's authorisation of the key so that it can be verified on its own.</summary>
    public Operation SignedOperation(string kind, string address, string handles, long ts, string content, string signature, string signingKey)
    {
        var key = Key(signingKey)!;
        return Operation.Unchained(kind, address, handles, content, signature, ts, NowMs, key.Key, key.AuthMessage, key.AuthSignature);
    }

    /// <summary>The contract's rate check: spends <paramref name="cost"/> permits of the address's bucket if it has them.</summary>
    public bool TrySpendRate(string address, int cost)
    {
        if (!rateLimit.IsOn)
        {
            return true;
        }
        if (!rateLimit.TrySpend(address, state.Buckets.GetValueOrDefault(address), cost, NowMs, out var spent))
        {
            return false;
        }
        state.Buckets[address] = spent;
        Changes.Buckets[address] = spent;
        return true;
    }

    /// <summary>Gives <paramref name="operation"/> the commit's next operation id, stages it, and answers the id.</summary>
    public long Append(Operation operation)
    {
        var id = firstOperation + Changes.Appended.Count;
        Changes.Appended.Add(operation with { Id = id });
        return id;
    }

    /// <summary>How many keys of <paramref name="address"/> may sign, with this commit's changes; 0 when it was not counted.</summary>
    public int ActiveKeyCount(string address) => state.ActiveKeyCounts.GetValueOrDefault(address);

    /// <summary>Stages a registered or revoked key; a counted address's count follows it.</summary>
    public void Put(KeyState key)
    {
        var wasActive = Key(key.Key) is { IsRevoked: false };
        if (wasActive == key.IsRevoked && state.ActiveKeyCounts.TryGetValue(key.Address, out var count))
        {
            state.ActiveKeyCounts[key.Address] = count + (key.IsRevoked ? -1 : 1);
        }
        state.Keys[key.Key] = key;
        Changes.Keys[key.Key] = key;
    }

    public void Put(PairState pair)
    {
        state.Pairs[(pair.Address, pair.Handle)] = pair;
        Changes.Pairs[(pair.Address, pair.Handle)] = pair;
    }

    public void Put(BlockState block)
    {
        state.Blocks[(block.Handle, block.Address)] = block;
        Changes.Blocks[(block.Handle, block.Address)] = block;
    }

    public void AddProfile(ProfileState profile)
    {
        state.Profiles.Add(profile.Handle, profile);
        Changes.NewProfiles.Add(profile.Handle, profile);
    }

    /// <summary>Moves the edge of a pair by <paramref name="delta"/> (1 for a follow, -1 for its end): both counts move with it.</summary>
    public void MoveCounts(string address, string handle, int delta)
    {
        if (state.Profiles.TryGetValue(handle, out var profile))
        {
            state.Profiles[handle] = profile with { FollowerCount = profile.FollowerCount + delta };
        }
        state.FollowingCounts[address] = state.FollowingCounts.GetValueOrDefault(address) + delta;
        Changes.FollowerCountDeltas[handle] = Changes.FollowerCountDeltas.GetValueOrDefault(handle) + delta;
        Changes.FollowingCountDeltas[address] = Changes.FollowingCountDeltas.GetValueOrDefault(address) + delta;
    }

    /// <summary>Appends a follow or unfollow's operation (or one for a batch) and moves each pair's edge and counts.</summary>
    public long AppendPairs(Operation operation, IEnumerable<string> handles, string address, bool follow)
    {
        var id = Append(operation);
        foreach (var handle in handles)
        {
            Put(PairRules.Moved(address, handle, follow, operation.Ts, id, NowMs));
            MoveCounts(address, handle, follow ? 1 : -1);
        }
        return id;
    }
}
