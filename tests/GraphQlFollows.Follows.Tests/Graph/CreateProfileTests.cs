using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using static GraphQlFollows.Follows.Graph.Results.CreateProfileStatus;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class CreateProfileTests : IAsyncLifetime
{
    private GraphHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 3 });

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<CreateProfileResult> Create(string? address, string? handle, string? message, string? signature) =>
        _harness.Graph.CreateProfileAsync(new(address, handle, message, signature));

    [Fact]
    public async Task Checks_run_in_order_address_message_handle_clock_signature_rate_taken()
    {
        var wallet = new TestWallet();
        var now = _harness.Clock.NowMs;
        Assert.Equal(InvalidAddress, (await Create("0x", "ab", "x", "x")).Status);
        Assert.Equal(InvalidMessage, (await Create(wallet.Text, "ab", "{}", "x")).Status);
        Assert.Equal(InvalidMessage, (await Create(wallet.Text, "abc", GraphHarness.ProfileMessage(wallet.Text, "abd", now), "x")).Status);
        Assert.Equal(InvalidHandle, (await Create(wallet.Text, "ab", GraphHarness.ProfileMessage(wallet.Text, "ab", now - 1_000_000_000), "x")).Status);
        Assert.Equal(MessageExpired, (await Create(wallet.Text, "abc", GraphHarness.ProfileMessage(wallet.Text, "abc", now - 1_000_000_000), "x")).Status);
        Assert.Equal(InvalidSignature, (await Create(wallet.Text, "abc", GraphHarness.ProfileMessage(wallet.Text, "abc", now), "0x00")).Status);
        Assert.Equal(Success, (await _harness.CreateProfileAsync(wallet, "abc")).Status);

        var other = new TestWallet();
        Assert.Equal(HandleTaken, (await _harness.CreateProfileAsync(other, "abc")).Status);
        Assert.Equal(HandleTaken, (await _harness.CreateProfileAsync(wallet, "abc", now - 1)).Status);
        Assert.Equal(Success, (await _harness.CreateProfileAsync(other, "abd")).Status);
        Assert.Equal(Success, (await _harness.CreateProfileAsync(other, "abe")).Status);
        Assert.Equal(RateLimited, (await _harness.CreateProfileAsync(other, "abf")).Status); // HandleTaken spent one
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("abcdefghijklmnopqrstu")]
    [InlineData("Alice")]
    [InlineData("al-ice")]
    [InlineData("al ice")]
    [InlineData("ålice")]
    public async Task Handles_outside_the_rules_are_INVALID_HANDLE(string handle)
    {
        var wallet = new TestWallet();
        Assert.Equal(InvalidHandle, (await _harness.CreateProfileAsync(wallet, handle)).Status);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("abcdefghijklmnopqrst")]
    [InlineData("a_1")]
    public async Task Handles_inside_the_rules_are_claimed(string handle)
    {
        var wallet = new TestWallet();
        Assert.Equal(Success, (await _harness.CreateProfileAsync(wallet, handle)).Status);
        var profile = (await _harness.Queries.GetProfilesAsync([handle]))[handle];
        Assert.Equal(wallet.Address, profile.Owner);
        Assert.Equal(0, profile.FollowerCount);
    }

    [Fact]
    public async Task The_identical_claim_is_a_retry()
    {
        var wallet = new TestWallet();
        var message = GraphHarness.ProfileMessage(wallet.Text, "carol", _harness.Clock.NowMs);
        Assert.Equal(Success, (await Create(wallet.Text, "carol", message, wallet.Sign(message))).Status);
        Assert.Equal(Success, (await Create(wallet.Text, "carol", message, wallet.Sign(message))).Status);
        Assert.Single((await _harness.Queries.GetProfilesOwnedByAsync([wallet.Address]))[wallet.Address]);
    }
}
