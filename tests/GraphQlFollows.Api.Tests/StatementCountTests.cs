using System.Data.Common;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Tests.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphQlFollows.Api.Tests;

/// <summary>A page of follows with their profiles, counts and proofs costs the same few SQL statements whatever its size.</summary>
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

    private const string FollowersWithTheirCounts = """
        query($first: Int) {
          profileByHandle(handle: "star") {
            followers(first: $first) { edges { node { address follower { address followingCount } } } }
          }
        }
        """;

    private readonly CommandCounter _counter = new();
    private ApiHarness _api = null!;
    private Member _star = null!;

    public async Task InitializeAsync()
    {
        _api = await ApiHarness.CreateAsync();
        var graph = _api.Graph;
        _star = await graph.CreateMemberAsync("star");
        for (var i = 0; i < Fans; i++)
        {
            var fan = await graph.CreateMemberAsync($"fan{i}");
            Assert.Equal(FollowStatus.Success, (await graph.FollowAsync(fan, "star")).Status);
            Assert.Equal(FollowStatus.Success, (await graph.FollowAsync(_star, fan.Handle!)).Status);
        }
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private FollowQueries CountingQueries()
    {
        var builder = new DbContextOptionsBuilder<FollowsDbContext>();
        FollowsStore.Configure(builder, _api.Graph.Database.Options).AddInterceptors(_counter);
        return new FollowQueries(new PooledDbContextFactory<FollowsDbContext>(builder.Options));
    }

    private async Task<int> StatementsAsync(string query, object variables, Action<System.Text.Json.Nodes.JsonObject> check)
    {
        var executor = _api.Serve(CountingQueries());
        var before = _counter.Count;
        var result = await ApiHarness.ExecuteAsync(executor, query, variables);
        Assert.False(result.ContainsKey("errors"), result.ToJsonString());
        check(result["data"]!.AsObject());
        return _counter.Count - before;
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

    /// <summary>Counts the SQL statements EF Core sends.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
