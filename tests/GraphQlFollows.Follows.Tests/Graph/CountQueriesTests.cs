using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class CountQueriesTests
{
    [Fact]
    public async Task Mutual_follows_are_counted_as_they_are_listed()
    {
        await using var harness = await GraphHarness.CreateAsync();
        var alice = await harness.CreateMemberAsync("alice");
        var bob = await harness.CreateMemberAsync("bob");
        var carol = await harness.CreateMemberAsync("carol");
        var dave = await harness.CreateMemberAsync();
        Assert.Equal(0, await harness.Queries.CountMutualFollowsAsync(alice.Wallet.Address));

        foreach (var (member, handle) in new[] { (alice, "bob"), (alice, "carol"), (bob, "alice"), (dave, "alice") })
        {
            Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(member, handle)).Status);
        }

        Assert.Equal([bob.Wallet.Address], (await harness.Queries.GetMutualFollowsAsync(alice.Wallet.Address, 10)).Addresses);
        Assert.Equal(1, await harness.Queries.CountMutualFollowsAsync(alice.Wallet.Address));
        Assert.Equal(0, await harness.Queries.CountMutualFollowsAsync(carol.Wallet.Address));
    }

    [Fact]
    public async Task The_operation_count_is_the_number_of_logged_operations()
    {
        await using var harness = await GraphHarness.CreateAsync();
        Assert.Equal(0, await harness.Queries.CountOperationsAsync());

        await harness.CreateMemberAsync("star");
        var fan = await harness.CreateMemberAsync();
        await harness.FollowAsync(fan, "star");

        var operations = (await harness.Queries.GetOperationsAsync(100)).Operations;
        Assert.Equal(4, operations.Count);
        Assert.Equal(operations.Count, await harness.Queries.CountOperationsAsync());
    }
}
