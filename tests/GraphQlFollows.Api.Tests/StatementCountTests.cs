using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Tests.Graph;

namespace GraphQlFollows.Api.Tests;

/// <summary>
/// A page of follows with their profiles, counts and proofs costs the same few SQL statements whatever its size,
/// and so do lists nested in a list: one statement per level, not one per parent.
/// </summary>
public sealed class StatementCountTests : IAsyncLifetime
{
    private const int Fans = 50;

    // The followings of star are the fans' profiles: each node reaches a different profile, owner and proof.
    private const string FollowingsPage = """
        query($star: AddressEVM!, $first: Int) {
          address(address: $star) {
            followings(first: $first) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges { cursor node {
                handle followedAt
                profile { handle followerCount owner { address followingCount profiles { handle } isFollowing(handle: "star") } }
                proof { content digest signature signingKey signingKeyAuth { address message signature } }
              } }
            }
          }
        }
        """;

    private const string FollowersPage = """
        query($first: Int) {
          profileByHandle(handle: "star") {
            followerCount
            followers(first: $first) {
              totalCount
              edges { node { address followedAt profile { handle followerCount } proof { content digest signature signingKey signingKeyAuth { address } } } }
            }
          }
        }
        """;

    // The followers of each profile the star follows: a list under every node of a list.
    private const string FollowersOfFollowings = """
        query($star: AddressEVM!, $first: Int) {
          address(address: $star) {
            followings(first: $first) { edges { node { handle profile { followers(first: 3) { pageInfo { hasNextPage } edges { node { address } } } } } } }
          }
        }
        """;

    private const string FollowersWithTheirCounts = """
        query($first: Int) {
          profileByHandle(handle: "star") {
            followers(first: $first) { edges { node { address follower { address followingCount } } } }
          }
        }
        """;

    private const string FollowingsOfAddresses = """
        query($addresses: [AddressEVM!]!) {
          batchGetAddresses(addresses: $addresses) { address followings(first: 2) { totalCount edges { node { handle } } } }
        }
        """;

    private ApiHarness _api = null!;
    private Member _star = null!;
    private readonly List<Member> _fans = [];

    public async Task InitializeAsync()
    {
        _api = await ApiHarness.CreateAsync();
        var graph = _api.Graph;
        _star = await graph.CreateMemberAsync("star");
        for (var i = 0; i < Fans; i++)
        {
            var fan = await graph.CreateMemberAsync($"fan{i}");
            _fans.Add(fan);
            Assert.Equal(FollowStatus.Success, (await graph.FollowAsync(fan, "star")).Status);
            Assert.Equal(FollowStatus.Success, (await graph.FollowAsync(_star, fan.Handle!)).Status);
        }
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<int> StatementsAsync(string query, object variables, Action<System.Text.Json.Nodes.JsonObject> check)
    {
        using var counter = ReadStatementCounter.Start();
        var result = await _api.ExecuteAsync(query, variables);
        Assert.False(result.ContainsKey("errors"), result.ToJsonString());
        check(result["data"]!.AsObject());
        return counter.Count;
    }

    [Fact]
    public async Task A_followings_page_with_profiles_owners_counts_and_proofs_costs_a_fixed_number_of_statements()
    {
        var small = await StatementsAsync(FollowingsPage, new { star = _star.Address, first = 5 }, data => AssertFollowings(data, 5));
        var large = await StatementsAsync(FollowingsPage, new { star = _star.Address, first = Fans }, data => AssertFollowings(data, Fans));

        Assert.Equal(small, large);
        // The page, its total, the profiles, the proofs, then the owners' following counts, profiles and follow state.
        Assert.Equal(7, large);
    }

    [Fact]
    public async Task A_followers_page_with_profiles_and_proofs_costs_a_fixed_number_of_statements()
    {
        var small = await StatementsAsync(FollowersPage, new { first = 5 }, data => AssertFollowers(data, 5));
        var large = await StatementsAsync(FollowersPage, new { first = Fans }, data => AssertFollowers(data, Fans));

        Assert.Equal(small, large);
        // The page, the profile followed (loaded once for every edge), the proofs; the total is the profile's count.
        Assert.Equal(3, large);
    }

    [Fact]
    public async Task The_followers_of_every_profile_of_a_page_are_read_with_one_statement()
    {
        var small = await StatementsAsync(FollowersOfFollowings, new { star = _star.Address, first = 5 }, data => AssertFollowersOfFollowings(data, 5));
        var large = await StatementsAsync(FollowersOfFollowings, new { star = _star.Address, first = Fans }, data => AssertFollowersOfFollowings(data, Fans));

        Assert.Equal(small, large);
        // The star's followings, their profiles, then the followers of all those profiles.
        Assert.Equal(3, large);
    }

    [Fact]
    public async Task The_followings_of_many_addresses_are_read_with_one_statement()
    {
        var fans = _fans.Select(f => f.Address).ToArray();
        var small = await StatementsAsync(FollowingsOfAddresses, new { addresses = fans[..5] }, data => AssertFollowingsOfAddresses(data, 5));
        var large = await StatementsAsync(FollowingsOfAddresses, new { addresses = fans }, data => AssertFollowingsOfAddresses(data, Fans));

        Assert.Equal(small, large);
        // The followings of all the addresses, then their following counts.
        Assert.Equal(2, large);
    }

    private static void AssertFollowersOfFollowings(System.Text.Json.Nodes.JsonObject data, int size)
    {
        var edges = data["address"]!["followings"]!["edges"]!.AsArray();
        Assert.Equal(size, edges.Count);
        // Each fan's profile is followed by the star alone.
        Assert.All(edges, edge =>
        {
            var followers = edge!["node"]!["profile"]!["followers"]!;
            Assert.False((bool)followers["pageInfo"]!["hasNextPage"]!);
            Assert.Single(followers["edges"]!.AsArray());
        });
    }

    private void AssertFollowingsOfAddresses(System.Text.Json.Nodes.JsonObject data, int size)
    {
        var addresses = data["batchGetAddresses"]!.AsArray();
        Assert.Equal(size, addresses.Count);
        // Each fan follows the star alone.
        Assert.All(addresses, address =>
        {
            Assert.Equal(1, (int)address!["followings"]!["totalCount"]!);
            Assert.Equal("star", (string)address["followings"]!["edges"]![0]!["node"]!["handle"]!);
        });
    }

    [Fact]
    public async Task A_followers_page_with_each_followers_following_count_reads_the_counts_with_one_statement()
    {
        var small = await StatementsAsync(FollowersWithTheirCounts, new { first = 5 }, data => AssertFollowerCounts(data, 5));
        var large = await StatementsAsync(FollowersWithTheirCounts, new { first = Fans }, data => AssertFollowerCounts(data, Fans));

        Assert.Equal(small, large);
        // The profile, the page, and the followers' counts in one statement.
        Assert.Equal(3, large);
    }

    private static void AssertFollowerCounts(System.Text.Json.Nodes.JsonObject data, int size)
    {
        var edges = data["profileByHandle"]!["followers"]!["edges"]!.AsArray();
        Assert.Equal(size, edges.Count);
        Assert.All(edges, edge =>
        {
            var node = edge!["node"]!;
            Assert.Equal((string)node["address"]!, (string)node["follower"]!["address"]!);
            // Each fan follows the star and nothing else.
            Assert.Equal(1, (int)node["follower"]!["followingCount"]!);
        });
    }

    private void AssertFollowings(System.Text.Json.Nodes.JsonObject data, int size)
    {
        var followings = data["address"]!["followings"]!;
        Assert.Equal(Fans, (int)followings["totalCount"]!);
        var edges = followings["edges"]!.AsArray();
        Assert.Equal(size, edges.Count);
        Assert.All(edges, edge =>
        {
            var node = edge!["node"]!;
            var owner = node["profile"]!["owner"]!;
            Assert.Equal(1, (int)node["profile"]!["followerCount"]!);
            Assert.Equal(1, (int)owner["followingCount"]!);
            Assert.True((bool)owner["isFollowing"]!);
            Assert.Equal((string)node["handle"]!, (string)owner["profiles"]![0]!["handle"]!);
            Assert.Equal(_star.Key.Spki, (string)node["proof"]!["signingKey"]!);
            Assert.Contains((string)node["handle"]!, (string)node["proof"]!["content"]!);
        });
    }

    private static void AssertFollowers(System.Text.Json.Nodes.JsonObject data, int size)
    {
        var followers = data["profileByHandle"]!["followers"]!;
        Assert.Equal(Fans, (int)followers["totalCount"]!);
        var edges = followers["edges"]!.AsArray();
        Assert.Equal(size, edges.Count);
        Assert.All(edges, edge => Assert.Contains(((string)edge!["node"]!["address"]!).ToLowerInvariant(), ((string)edge["node"]!["proof"]!["content"]!).ToLowerInvariant()));
    }
}
