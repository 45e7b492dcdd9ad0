using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Rules;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Tests.Rules;

/// <summary>The checks of blocks, signing keys, handle claims and the rate, decided on domain state alone: no database.</summary>
public sealed class OtherRulesTests
{
    private const string Owner = "0x00000000000000000000000000000000000000b0";
    private const string Target = "0x00000000000000000000000000000000000000c0";
    private const string Block = """{"op":"block"}""";

    private static readonly ProfileState Profile = new("bob", Owner, 0, 1, 1);

    [Fact]
    public void A_block_is_checked_like_a_follow_on_the_handle_target_pair()
    {
        Assert.Equal(FollowStatus.HandleNotFound, BlockRules.Decide(null, null, Owner, Target, true, 5, Block, null, out _));
        Assert.Equal(FollowStatus.InvalidAddress, BlockRules.Decide(Profile, null, Target, Target, true, 5, Block, null, out _));
        Assert.Equal(FollowStatus.InvalidAddress, BlockRules.Decide(Profile, null, Owner, Owner, true, 5, Block, null, out _));
        Assert.Equal(FollowStatus.AlreadyDone, BlockRules.Decide(Profile, null, Owner, Target, false, 5, Block, null, out _));

        var blocked = BlockRules.Moved("bob", Target, block: true, ts: 5, operation: 9, nowMs: 6);
        Assert.Equal(new BlockState("bob", Target, 5, 9, BlockOperation: 9, BlockedAt: 6), blocked);
        Assert.Equal(FollowStatus.AlreadyDone, BlockRules.Decide(Profile, blocked, Owner, Target, true, 6, Block, null, out _));
        Assert.Equal(FollowStatus.MessageExpired, BlockRules.Decide(Profile, blocked, Owner, Target, false, 5, Block, null, out _));
        Assert.Equal(FollowStatus.Success, BlockRules.Decide(Profile, blocked, Owner, Target, true, 5, Block, Block, out var retryChanges));
        Assert.False(retryChanges);
        Assert.Equal(FollowStatus.Success, BlockRules.Decide(Profile, blocked, Owner, Target, false, 6, Block, null, out var changes));
        Assert.True(changes);
    }

    [Fact]
    public void A_key_registers_once_for_its_address_and_a_revoked_key_never_again()
    {
        var key = new KeyState("MFkw", Owner, "auth", "0xsig", RegisteredAt: 1);

        Assert.Equal(RegisterSigningKeyStatus.Success, KeyRules.DecideRegistration(null, Owner, 0, 20, out var added));
        Assert.True(added);
        Assert.Equal(RegisterSigningKeyStatus.Success, KeyRules.DecideRegistration(key, Owner, 1, 20, out var again));
        Assert.False(again);
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, KeyRules.DecideRegistration(key, Target, 0, 20, out _));
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey,
            KeyRules.DecideRegistration(key with { RevokedAt = 5, RevokedOperation = 3 }, Owner, 0, 20, out _));
    }

    [Fact]
    public void An_address_at_its_bound_registers_no_new_key_but_its_own_again()
    {
        var key = new KeyState("MFkw", Owner, "auth", "0xsig", RegisteredAt: 1);

        Assert.Equal(RegisterSigningKeyStatus.Success, KeyRules.DecideRegistration(null, Owner, 19, 20, out var last));
        Assert.True(last);
        Assert.Equal(RegisterSigningKeyStatus.InvalidSigningKey, KeyRules.DecideRegistration(null, Owner, 20, 20, out var past));
        Assert.False(past);
        Assert.Equal(RegisterSigningKeyStatus.Success, KeyRules.DecideRegistration(key, Owner, 20, 20, out var again));
        Assert.False(again);
    }

    [Fact]
    public void Only_the_owner_revokes_a_key_and_revoking_twice_changes_nothing()
    {
        var key = new KeyState("MFkw", Owner, "auth", "0xsig", RegisteredAt: 1);

        Assert.Equal(RevokeSigningKeyStatus.InvalidSigningKey, KeyRules.DecideRevocation(null, Owner, out _));
        Assert.Equal(RevokeSigningKeyStatus.InvalidSigningKey, KeyRules.DecideRevocation(key, Target, out _));
        Assert.Equal(RevokeSigningKeyStatus.Success, KeyRules.DecideRevocation(key, Owner, out var revokes));
        Assert.True(revokes);
        Assert.Equal(RevokeSigningKeyStatus.Success, KeyRules.DecideRevocation(key with { RevokedAt = 2 }, Owner, out var again));
        Assert.False(again);
        Assert.True(KeyRules.MaySign(key, Owner));
        Assert.False(KeyRules.MaySign(key, Target));
        Assert.False(KeyRules.MaySign(key with { RevokedAt = 2 }, Owner));
        Assert.False(KeyRules.MaySign(null, Owner));
    }

    [Fact]
    public void A_handle_is_claimed_once_and_the_identical_claim_is_a_retry()
    {
        const string claim = """{"op":"createProfile"}""";

        Assert.Equal(CreateProfileStatus.Success, ProfileRules.DecideClaim(null, Owner, claim, null, out var created));
        Assert.True(created);
        Assert.Equal(CreateProfileStatus.Success, ProfileRules.DecideClaim(Profile, Owner, claim, claim, out var retried));
        Assert.False(retried);
        Assert.Equal(CreateProfileStatus.HandleTaken, ProfileRules.DecideClaim(Profile, Owner, claim + " ", claim, out _));
        Assert.Equal(CreateProfileStatus.HandleTaken, ProfileRules.DecideClaim(Profile, Target, claim, claim, out _));
    }

    [Fact]
    public void The_rate_spends_a_bucket_that_refills_evenly_over_its_window()
    {
        var limit = new RateLimit(permits: 2, TimeSpan.FromSeconds(2));

        Assert.True(limit.TrySpend(Owner, null, 2, nowMs: 1000, out var empty));
        Assert.Equal(new RateBucket(Owner, 0, 1000), empty);
        Assert.False(limit.TrySpend(Owner, empty, 1, nowMs: 1999, out var refused));
        Assert.Equal(0.999, refused.Tokens, precision: 6);
        Assert.True(limit.TrySpend(Owner, empty, 1, nowMs: 2000, out var spent));
        Assert.Equal(new RateBucket(Owner, 0, 2000), spent);
        Assert.True(limit.TrySpend(Owner, empty, 2, nowMs: 60_000, out var full));
        Assert.Equal(0, full.Tokens);
        Assert.False(RateLimit.Off.IsOn);
    }
}
