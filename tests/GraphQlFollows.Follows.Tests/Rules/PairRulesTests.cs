using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Tests.Rules;

/// <summary>The contract's checks 7 to 10 of a follow or unfollow, decided on domain state alone: no database.</summary>
public sealed class PairRulesTests
{
    private const string Alice = "0x00000000000000000000000000000000000000a1";
    private const string Bob = "0x00000000000000000000000000000000000000b0";
    private const string Message = """{"op":"follow","address":"0x…a1","handle":"bob","ts":2000}""";

    private static readonly ProfileState BobsProfile = new("bob", Bob, FollowerCount: 3, CreatedAt: 1, CreatedOperation: 1);

    private static FollowStatus Decide(
        ProfileState? profile = null, BlockState? block = null, PairState? pair = null, string address = Alice, bool follow = true,
        long ts = 2000, string content = Message, string? lastContent = null) =>
        PairRules.Decide(profile ?? BobsProfile, block, pair, address, follow, ts, content, lastContent, out _);

    [Fact]
    public void A_first_follow_of_another_address_profile_is_accepted()
    {
        var status = PairRules.Decide(BobsProfile, null, null, Alice, follow: true, 2000, Message, null, out var changes);

        Assert.Equal(FollowStatus.Success, status);
        Assert.True(changes);
    }

    [Fact]
    public void A_missing_profile_or_one_that_blocks_the_address_is_not_found()
    {
        Assert.Equal(FollowStatus.HandleNotFound,
            PairRules.Decide(null, null, null, Alice, follow: true, 2000, Message, null, out var changes));
        Assert.False(changes);
        Assert.Equal(FollowStatus.HandleNotFound, Decide(block: new BlockState("bob", Alice, 10, 5, BlockOperation: 5, BlockedAt: 10)));
        // An unblocked pair no longer hides the profile.
        Assert.Equal(FollowStatus.Success, Decide(block: new BlockState("bob", Alice, 10, 6)));
    }

    [Fact]
    public void A_ts_not_newer_than_the_pairs_last_is_expired_unless_it_is_the_identical_message()
    {
        var pair = new PairState(Alice, "bob", LastTs: 2000, LastOperation: 7, FollowOperation: 7, FollowedAt: 2000);

        Assert.Equal(FollowStatus.MessageExpired, Decide(pair: pair, ts: 1999));
        Assert.Equal(FollowStatus.MessageExpired, Decide(pair: pair, ts: 2000, lastContent: Message + " "));
        var retry = PairRules.Decide(BobsProfile, null, pair, Alice, follow: true, 2000, Message, Message, out var changes);
        Assert.Equal(FollowStatus.Success, retry);
        Assert.False(changes);
    }

    [Fact]
    public void Following_ones_own_profile_is_an_invalid_address_after_the_ts_check()
    {
        Assert.Equal(FollowStatus.InvalidAddress, Decide(address: Bob));
        Assert.Equal(FollowStatus.MessageExpired, Decide(address: Bob, pair: new PairState(Bob, "bob", 3000, 9)));
    }

    [Fact]
    public void Following_twice_or_unfollowing_a_pair_not_followed_is_already_done()
    {
        var following = new PairState(Alice, "bob", 1000, 4, FollowOperation: 4, FollowedAt: 1000);
        var notFollowing = new PairState(Alice, "bob", 1000, 5);

        Assert.Equal(FollowStatus.AlreadyDone, Decide(pair: following, follow: true));
        Assert.Equal(FollowStatus.AlreadyDone, Decide(pair: notFollowing, follow: false));
        Assert.Equal(FollowStatus.AlreadyDone, Decide(pair: null, follow: false));
        Assert.Equal(FollowStatus.Success, Decide(pair: following, follow: false));
    }

    [Fact]
    public void An_accepted_operation_moves_the_edge_and_a_block_ends_it()
    {
        var followed = PairRules.Moved(Alice, "bob", follow: true, ts: 2000, operation: 12, nowMs: 2100);
        Assert.Equal(new PairState(Alice, "bob", 2000, 12, FollowOperation: 12, FollowedAt: 2100), followed);
        Assert.Equal(new PairState(Alice, "bob", 3000, 13), PairRules.Moved(Alice, "bob", follow: false, 3000, 13, 3100));

        var ended = PairRules.Ended(followed, operation: 20);
        Assert.Equal(new PairState(Alice, "bob", LastTs: 2000, LastOperation: 20), ended);
        // The follower's last message is no longer the pair's last operation: it is no retry candidate now.
        Assert.Equal(12, PairRules.RetryCandidate(followed, 2000));
        Assert.Null(PairRules.RetryCandidate(followed, 2001));
    }
}
