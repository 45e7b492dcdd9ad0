using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Signatures;
using static GraphQlFollows.Follows.Graph.Reads.FollowOrderDirection;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class FollowQueriesTests : IAsyncLifetime
{
    private GraphHarness _harness = null!;
    private Member _star = null!;
    private readonly List<Member> _fans = [];

    /// <summary>Seven fans follow "star" one after another; fan 0 also follows "fan1" and "fan2".</summary>
    public async Task InitializeAsync()
    {
        _harness = await GraphHarness.CreateAsync();
        _star = await _harness.CreateMemberAsync("star");
        for (var i = 0; i < 7; i++)
        {
            _fans.Add(await _harness.CreateMemberAsync($"fan{i}"));
        }
        foreach (var fan in _fans)
        {
            _harness.Clock.Advance(TimeSpan.FromMilliseconds(5));
            Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(fan, "star")).Status);
        }
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(_fans[0], "fan1")).Status);
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(_fans[0], "fan2")).Status);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private string[] Handles(FollowPage page) => page.Edges.Select(e => _fans.Single(f => f.Wallet.Address == e.Address).Handle!).ToArray();

    private Task<FollowPage> Followers(PageRequest page, FollowOrderDirection direction = Desc) =>
        _harness.Queries.GetFollowersAsync("star", page, direction);

    [Fact]
    public async Task Followers_are_newest_first_by_default_and_page_forward_by_cursor()
    {
        var first = await Followers(new(First: 3));
        Assert.Equal(["fan6", "fan5", "fan4"], Handles(first));
        Assert.False(first.HasPreviousPage);
        Assert.True(first.HasNextPage);

        var second = await Followers(new(First: 3, After: first.Edges[^1].Operation));
        Assert.Equal(["fan3", "fan2", "fan1"], Handles(second));
        Assert.True(second.HasPreviousPage);
        Assert.True(second.HasNextPage);

        var third = await Followers(new(First: 3, After: second.Edges[^1].Operation));
        Assert.Equal(["fan0"], Handles(third));
        Assert.False(third.HasNextPage);
    }

    [Fact]
    public async Task Ascending_order_and_pages_from_the_end()
    {
        Assert.Equal(["fan0", "fan1", "fan2"], Handles(await Followers(new(First: 3), Asc)));

        var last = await Followers(new(Last: 2));
        Assert.Equal(["fan1", "fan0"], Handles(last));
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);

        var before = await Followers(new(Last: 2, Before: last.Edges[0].Operation));
        Assert.Equal(["fan3", "fan2"], Handles(before));
        Assert.True(before.HasPreviousPage);
        Assert.True(before.HasNextPage);

        var ascendingLast = await Followers(new(Last: 2), Asc);
        Assert.Equal(["fan5", "fan6"], Handles(ascendingLast));
    }

    [Fact]
    public async Task Edges_carry_time_and_position_and_the_proof_is_the_operation_at_that_position()
    {
        var edge = (await Followers(new(First: 1))).Edges[0];
        Assert.Equal("star", edge.Handle);
        var proof = (await _harness.Queries.GetOperationsAsync([edge.Operation]))[edge.Operation];
        Assert.Equal("follow", proof.Kind);
        Assert.Equal(edge.Address, proof.Address);
        Assert.Equal(edge.FollowedAt, proof.AcceptedAt);
    }

    [Fact]
    public async Task An_unfollow_removes_the_edge_and_a_follow_again_puts_it_first()
    {
        var fan6 = _fans[6];
        _harness.Clock.Advance(TimeSpan.FromMilliseconds(5));
        Assert.Equal(FollowStatus.Success, (await _harness.UnfollowAsync(fan6, "star")).Status);
        Assert.Equal(["fan5", "fan4"], Handles(await Followers(new(First: 2))));
        _harness.Clock.Advance(TimeSpan.FromMilliseconds(5));
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(_fans[0], "fan6")).Status);
        _harness.Clock.Advance(TimeSpan.FromMilliseconds(5));
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(fan6, "star")).Status);
        Assert.Equal(["fan6", "fan5"], Handles(await Followers(new(First: 2))));
        Assert.Equal(7, (await _harness.Queries.GetProfilesAsync(["star"]))["star"].FollowerCount);
    }

    [Fact]
    public async Task Followings_of_an_address_page_the_same_way()
    {
        var fan0 = _fans[0].Wallet.Address;
        var page = await _harness.Queries.GetFollowingsAsync(fan0, new(First: 2));
        Assert.Equal(["fan2", "fan1"], page.Edges.Select(e => e.Handle));
        Assert.True(page.HasNextPage);
        var rest = await _harness.Queries.GetFollowingsAsync(fan0, new(First: 2, After: page.Edges[^1].Operation));
        Assert.Equal(["star"], rest.Edges.Select(e => e.Handle));
        Assert.Equal(3, (await _harness.Queries.GetFollowingCountsAsync([fan0]))[fan0]);
    }

    [Fact]
    public async Task Page_sizes_are_checked()
    {
        Assert.Empty((await Followers(new(First: 0))).Edges);
        await Assert.ThrowsAsync<ArgumentException>(() => Followers(new(First: 101)));
        await Assert.ThrowsAsync<ArgumentException>(() => Followers(new(Last: -1)));
    }

    [Fact]
    public async Task Follow_state_of_many_pairs_at_once()
    {
        var fan0 = _fans[0].Wallet.Address;
        var fan1 = _fans[1].Wallet.Address;
        var found = await _harness.Queries.GetFollowingPairsAsync([(fan0, "fan1"), (fan1, "fan2"), (fan1, "star"), (fan0, "nobody")]);
        Assert.Equal(new HashSet<(EvmAddress, string)> { (fan0, "fan1"), (fan1, "star") }, found.ToHashSet());
        Assert.True(await _harness.Queries.IsFollowingAsync(fan1, "star"));
        Assert.False(await _harness.Queries.IsFollowingAsync(_star.Wallet.Address, "fan1"));
    }

    [Fact]
    public async Task Mutual_follows_are_addresses_whose_profiles_follow_each_other()
    {
        // fan0 follows fan1 and fan2; fan1 follows back; everyone follows star, star follows fan3 and fan4.
        _harness.Clock.Advance(TimeSpan.FromMilliseconds(5));
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(_fans[1], "fan0")).Status);
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(_star, "fan3")).Status);
        Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(_star, "fan4")).Status);

        var ofFan0 = await _harness.Queries.GetMutualFollowsAsync(_fans[0].Wallet.Address, 10);
        Assert.Equal([_fans[1].Wallet.Address], ofFan0.Addresses);

        var ofStar = await _harness.Queries.GetMutualFollowsAsync(_star.Wallet.Address, 1);
        var expected = new[] { _fans[3].Wallet.Address, _fans[4].Wallet.Address }.OrderBy(a => a.Value, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected[..1], ofStar.Addresses);
        Assert.True(ofStar.HasNextPage);
        var next = await _harness.Queries.GetMutualFollowsAsync(_star.Wallet.Address, 1, ofStar.Addresses[^1]);
        Assert.Equal(expected[1..], next.Addresses);
        Assert.False(next.HasNextPage);
    }

    [Fact]
    public async Task Profiles_and_signing_keys_of_addresses()
    {
        var owned = await _harness.Queries.GetProfilesOwnedByAsync([_star.Wallet.Address, new TestWallet().Address]);
        Assert.Equal(["star"], owned[_star.Wallet.Address].Select(p => p.Handle));
        Assert.Equal(2, owned.Count);
        var keys = await _harness.Queries.GetSigningKeysAsync([_star.Wallet.Address]);
        var key = Assert.Single(keys[_star.Wallet.Address]);
        Assert.Equal(_star.Key.Spki, key.Key);
        Assert.Equal(GraphHarness.AuthorizationMessage(_star.Key.Spki), key.AuthMessage);
        Assert.Null(key.RevokedAt);
    }

    [Fact]
    public async Task Batch_lookups_take_one_statement_whatever_the_number_of_keys()
    {
        using var counter = ReadStatementCounter.Start();
        var queries = _harness.Queries;
        var addresses = _fans.Select(f => f.Wallet.Address).ToArray();
        var handles = _fans.Select(f => f.Handle!).Append("star").ToArray();

        Assert.Equal(["profiles"], await counter.DuringAsync(() => queries.GetProfilesAsync(handles)));
        Assert.Equal(["following counts"], await counter.DuringAsync(() => queries.GetFollowingCountsAsync(addresses)));
        Assert.Equal(["profiles owned by"], await counter.DuringAsync(() => queries.GetProfilesOwnedByAsync(addresses)));
        Assert.Equal(["signing keys"], await counter.DuringAsync(() => queries.GetSigningKeysAsync(addresses)));
        Assert.Equal(["following pairs"], await counter.DuringAsync(() => queries.GetFollowingPairsAsync(addresses.Select(a => (a, "star")).ToArray())));
        Assert.Equal(["followers of keys"], await counter.DuringAsync(() => queries.GetFollowersAsync(handles, new(First: 2))));
        Assert.Equal(["followings of keys"], await counter.DuringAsync(() => queries.GetFollowingsAsync(addresses, new(First: 2))));
        Assert.Equal(8, (await queries.GetProfilesAsync(handles)).Count);
        Assert.All((await queries.GetFollowingCountsAsync(addresses)).Values, count => Assert.True(count >= 1));
    }
}
