using System.Diagnostics.CodeAnalysis;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>A follow or unfollow of one (address, handle) pair that passed checks 7 to 10, ready to apply.</summary>
internal sealed record AcceptedPairChange(ProfileRecord Profile, string Address, bool Follow);

/// <summary>
/// The contract's checks 7 to 11 for one (address, handle) pair, shared by follow, unfollow and batch unfollow.
/// </summary>
internal static class PairRules
{
    /// <summary>The rows one pair's decision reads.</summary>
    public static void Declare(CommitRows rows, string address, string handle)
    {
        rows.WantedHandles.Add(handle);
        rows.WantedPairs.Add((address, handle));
        rows.WantedAddresses.Add(address);
    }

    /// <summary>The pair's last accepted message is a retry candidate when <paramref name="ts"/> repeats its <c>ts</c>.</summary>
    public static void DeclareRetry(CommitRows rows, string address, string handle, long ts, ISet<long> positions)
    {
        if (rows.Pairs.TryGetValue((address, handle), out var pair) && pair.LastTs == ts)
        {
            positions.Add(pair.LastPosition);
        }
    }

    /// <summary>
    /// Checks, in order: the handle exists; <paramref name="ts"/> is newer than the pair's last accepted operation
    /// (the byte-identical last message is a retry answered SUCCESS with no change); the profile is not the
    /// address's own; the pair is not already in the requested state.
    /// </summary>
    public static (FollowStatus Status, AcceptedPairChange? Change) Decide(
        WriteSession session, string address, string handle, bool follow, long ts, string content)
    {
        var profile = session.FindProfile(handle);
        if (profile is null)
        {
            return (FollowStatus.HandleNotFound, null);
        }
        var pair = session.FindFollow(address, handle);
        if (pair is not null && ts <= pair.LastTs)
        {
            var retry = ts == pair.LastTs && session.HasContent(pair.LastPosition, content);
            return (retry ? FollowStatus.Success : FollowStatus.MessageExpired, null);
        }
        if (profile.Owner == address)
        {
            return (FollowStatus.InvalidAddress, null);
        }
        if (follow == (pair?.IsFollowing ?? false))
        {
            return (FollowStatus.AlreadyDone, null);
        }
        return (FollowStatus.Success, new AcceptedPairChange(profile, address, follow));
    }

    /// <summary>Moves the edge and both counts, recording operation <paramref name="position"/> as the pair's last.</summary>
    public static void Apply(WriteSession session, AcceptedPairChange change, long ts, long position)
    {
        var pair = session.GetOrAddFollow(change.Address, change.Profile.Handle);
        pair.LastTs = ts;
        pair.LastPosition = position;
        pair.FollowPosition = change.Follow ? position : null;
        pair.FollowedAt = change.Follow ? session.NowMs : null;
        var delta = change.Follow ? 1 : -1;
        change.Profile.FollowerCount += delta;
        var address = session.GetOrAddAddress(change.Address);
        address.FollowingCount += delta;
        session.Changed(pair);
        session.Changed(change.Profile);
        session.Changed(address);
    }

    /// <summary>Whether <paramref name="key"/> may still sign for <paramref name="address"/> (checked again at commit).</summary>
    public static bool IsActiveKeyOf([NotNullWhen(true)] SigningKeyRecord? key, string address) =>
        key is not null && key.RevokedAt is null && key.Address == address;
}
