using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class MutualFollowPagingTests : IAsyncLifetime
{
    private GraphHarness _harness = null!;
    private Member _hub = null!;
    private EvmAddress[] _mutual = [];

    /// <summary>Five members follow "hub" and are followed back; a sixth follows without being followed back.</summary>
    public async Task InitializeAsync()
    {
        _harness = await GraphHarness.CreateAsync();
        _hub = await _harness.CreateMemberAsync("hub");
        var members = new List<Member>();
        for (var i = 0; i < 6; i++)
        {
            var member = await _harness.CreateMemberAsync($"member{i}");
            Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(member, "hub")).Status);
            members.Add(member);
        }
        foreach (var member in members.Take(5))
        {
            Assert.Equal(FollowStatus.Success, (await _harness.FollowAsync(_hub, member.Handle!)).Status);
        }
        _mutual = members.Take(5).Select(m => m.Wallet.Address).OrderBy(a => a.Value, StringComparer.Ordinal).ToArray();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<AddressPage> Page(AddressPageRequest page) => _harness.Queries.GetMutualFollowsAsync(_hub.Wallet.Address, page);

    [Fact]
    public async Task Mutual_follows_page_forward_by_address()
    {
        var first = await Page(new(First: 2));
        Assert.Equal(_mutual[..2], first.Addresses);
        Assert.True(first.HasNextPage);
        Assert.False(first.HasPreviousPage);

        var rest = await Page(new(First: 5, After: first.Addresses[^1]));
        Assert.Equal(_mutual[2..], rest.Addresses);
        Assert.False(rest.HasNextPage);
        Assert.True(rest.HasPreviousPage);
    }

    [Fact]
    public async Task Mutual_follows_page_backward_from_the_end()
    {
        var last = await Page(new(Last: 2));
        Assert.Equal(_mutual[3..], last.Addresses);
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);

        var before = await Page(new(Last: 2, Before: last.Addresses[0]));
        Assert.Equal(_mutual[1..3], before.Addresses);
        Assert.True(before.HasPreviousPage);
        Assert.True(before.HasNextPage);

        var start = await Page(new(Last: 2, Before: before.Addresses[0]));
        Assert.Equal(_mutual[..1], start.Addresses);
        Assert.False(start.HasPreviousPage);
    }

    [Fact]
    public async Task Sizes_out_of_range_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Page(new(First: -1)));
        await Assert.ThrowsAsync<ArgumentException>(() => Page(new(Last: PageRequest.MaxSize + 1)));
    }
}
