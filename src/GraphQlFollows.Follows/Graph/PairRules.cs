using System.Diagnostics.CodeAnalysis;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph;

/// <summary>A follow or unfollow of one (address, handle) pair that passed checks 7 to 10, ready to apply.</summary>
internal sealed record AcceptedPairChange(ProfileRecord Profile, FollowRecord? Pair, string Address, bool Follow);

/// <summary>
/// The contract's checks 7 to 11 for one (address, handle) pair, shared by follow, unfollow and batch unfollow.
/// </summary>
internal static class PairRules
{
    /// <summary>
    /// Checks, in order: the handle exists; <paramref name="ts"/> is newer than the pair's last accepted operation
    /// (the byte-identical last message is a retry answered SUCCESS with no change); the profile is not the
    /// address's own; the pair is not already in the requested state.
    /// </summary>
    public static async ValueTask<(FollowStatus Status, AcceptedPairChange? Change)> DecideAsync(
        WriteSession session, string address, string handle, bool follow, long ts, string content)
    {
        var profile = await session.FindProfileAsync(handle);
        if (profile is null)
        {
            return (FollowStatus.HANDLE_NOT_FOUND, null);
        }
        var pair = await session.FindFollowAsync(address, handle);
        if (pair is not null && ts <= pair.LastTs)
        {
            var retry = ts == pair.LastTs && await session.HasContentAsync(pair.LastPosition, content);
            return (retry ? FollowStatus.SUCCESS : FollowStatus.MESSAGE_EXPIRED, null);
        }
        if (profile.Owner == address)
        {
            return (FollowStatus.INVALID_ADDRESS, null);
        }
        if (follow == (pair?.IsFollowing ?? false))
        {
            return (FollowStatus.ALREADY_DONE, null);
        }
        return (FollowStatus.SUCCESS, new AcceptedPairChange(profile, pair, address, follow));
    }

    /// <summary>Moves the edge and both counts, recording operation <paramref name="position"/> as the pair's last.</summary>
    public static async ValueTask ApplyAsync(WriteSession session, AcceptedPairChange change, long ts, long position)
    {
        var pair = change.Pair;
        if (pair is null)
        {
            pair = new FollowRecord { Address = change.Address, Handle = change.Profile.Handle };
            session.Add(pair);
        }
        pair.LastTs = ts;
        pair.LastPosition = position;
        pair.FollowPosition = change.Follow ? position : null;
        pair.FollowedAt = change.Follow ? session.NowMs : null;
        var delta = change.Follow ? 1 : -1;
        change.Profile.FollowerCount += delta;
        (await session.GetOrAddAddressAsync(change.Address)).FollowingCount += delta;
    }

    /// <summary>Whether <paramref name="key"/> may still sign for <paramref name="address"/> (checked again at commit).</summary>
    public static bool IsActiveKeyOf([NotNullWhen(true)] SigningKeyRecord? key, string address) =>
        key is not null && key.RevokedAt is null && key.Address == address;
}
