using System.Text.Json.Nodes;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Tests.Graph;

namespace GraphQlFollows.Api.Tests;

public sealed class QueryTests : IAsyncLifetime
{
    private const string FollowerHandles = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: FollowOrder) {
          profileByHandle(handle: "star") {
            followers(first: $first, after: $after, last: $last, before: $before, order: $order) {
              totalCount
              edges { cursor node { handle address } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    private ApiHarness _api = null!;
    private Member _star = null!;
    private readonly List<Member> _fans = [];

    private GraphHarness Graph => _api.Graph;

    /// <summary>Seven fans follow "star" one after another; fan0 also follows fan1 and fan2, and star follows fan0 back.</summary>
    public async Task InitializeAsync()
    {
        _api = await ApiHarness.CreateAsync();
        _star = await Graph.CreateMemberAsync("star");
        for (var i = 0; i < 7; i++)
        {
            _fans.Add(await Graph.CreateMemberAsync($"fan{i}"));
        }
        foreach (var (member, handle) in _fans.Select(f => (f, "star")).Concat([(_fans[0], "fan1"), (_fans[0], "fan2"), (_star, "fan0")]))
        {
            Graph.Clock.Advance(TimeSpan.FromMilliseconds(5));
            Assert.Equal(FollowStatus.Success, (await Graph.FollowAsync(member, handle)).Status);
        }
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string HandleOf(JsonNode? address) => _fans.Concat([_star]).Single(m => m.Address == (string)address!).Handle!;

    private async Task<JsonNode> FollowersAsync(object variables) =>
        (await _api.DataAsync(FollowerHandles, variables))["profileByHandle"]!["followers"]!;

    private string[] FollowerHandlesOf(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => HandleOf(e!["node"]!["address"])).ToArray();

    [Fact]
    public async Task Address_gives_its_follows_counts_profiles_keys_and_mutual_follows()
    {
        var fan0 = _fans[0];
        var data = await _api.DataAsync($$"""
            {
              address(address: "{{fan0.Address.ToLowerInvariant()}}") {
                address followingCount
                followsStar: isFollowing(handle: "star") followsFan5: isFollowing(handle: "fan5")
                profiles { handle }
                signingKeys { key authorization { address message signature } registeredAt revokedAt }
                followings { totalCount edges { node { handle address } } }
                mutualFollows { totalCount edges { node { address followingCount } } pageInfo { hasNextPage } }
              }
            }
            """);

        var address = data["address"]!;
        Assert.Equal(fan0.Address, (string)address["address"]!);
        Assert.Equal(3, (int)address["followingCount"]!);
        Assert.True((bool)address["followsStar"]!);
        Assert.False((bool)address["followsFan5"]!);
        Assert.Equal("fan0", (string)address["profiles"]![0]!["handle"]!);
        var key = address["signingKeys"]![0]!;
        Assert.Equal(fan0.Key.Spki, (string)key["key"]!);
        Assert.Equal(fan0.Address, (string)key["authorization"]!["address"]!);
        Assert.Equal(GraphHarness.AuthorizationMessage(fan0.Key.Spki), (string)key["authorization"]!["message"]!);
        Assert.StartsWith("0x", (string)key["authorization"]!["signature"]!);
        Assert.True((long)key["registeredAt"]! > 0);
        Assert.Null(key["revokedAt"]);
        Assert.Equal(3, (int)address["followings"]!["totalCount"]!);
        Assert.Equal(["fan2", "fan1", "star"], address["followings"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["handle"]!));
        Assert.All(address["followings"]!["edges"]!.AsArray(), e => Assert.Equal(fan0.Address, (string)e!["node"]!["address"]!));
        var mutual = address["mutualFollows"]!;
        Assert.Equal(1, (int)mutual["totalCount"]!);
        Assert.Equal(_star.Address, (string)mutual["edges"]![0]!["node"]!["address"]!);
        Assert.Equal(1, (int)mutual["edges"]![0]!["node"]!["followingCount"]!);
        Assert.False((bool)mutual["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task An_address_s_signing_keys_page_oldest_first_with_their_cursors()
    {
        var fan = _fans[6];
        var keys = new List<string> { fan.Key.Spki };
        for (var i = 0; i < 2; i++)
        {
            Graph.Clock.Advance(TimeSpan.FromMilliseconds(5));
            using var device = new TestSigningKey();
            var message = GraphHarness.AuthorizationMessage(device.Spki);
            Assert.Equal(RegisterSigningKeyStatus.Success,
                (await Graph.Graph.RegisterSigningKeyAsync(new(fan.Address, message, fan.Wallet.Sign(message)))).Status);
            keys.Add(device.Spki);
        }
        const string Page = """
            query($address: AddressEVM!, $first: Int, $after: String, $last: Int, $before: String) {
              address(address: $address) {
                signingKeyConnection(first: $first, after: $after, last: $last, before: $before) {
                  totalCount edges { cursor node { key revokedAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                }
              }
            }
            """;
        async Task<JsonNode> PageAsync(object variables) => (await _api.DataAsync(Page, variables))["address"]!["signingKeyConnection"]!;
        static string[] KeysOf(JsonNode page) => page["edges"]!.AsArray().Select(e => (string)e!["node"]!["key"]!).ToArray();

        var first = await PageAsync(new { address = fan.Address, first = 2 });
        Assert.Equal(3, (int)first["totalCount"]!);
        Assert.Equal(keys[..2], KeysOf(first));
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        var rest = await PageAsync(new { address = fan.Address, first = 2, after = (string)first["pageInfo"]!["endCursor"]! });
        Assert.Equal(keys[2..], KeysOf(rest));
        Assert.False((bool)rest["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)rest["pageInfo"]!["hasPreviousPage"]!);
        var back = await PageAsync(new { address = fan.Address, last = 1, before = (string)rest["pageInfo"]!["startCursor"]! });
        Assert.Equal(keys[1..2], KeysOf(back));
        Assert.Equal(
            ["\"after\" is not a cursor of this list: pass the cursor of an edge or of pageInfo as it was received."],
            await _api.ErrorsAsync(Page, new { address = fan.Address, after = Convert.ToBase64String("123"u8) }));
        Assert.Equal(["first and last can be at most 100."], await _api.ErrorsAsync(Page, new { address = fan.Address, first = 101 }));
    }

    [Fact]
    public async Task An_address_that_never_acted_exists_with_nothing()
    {
        var data = await _api.DataAsync("""
            { address(address: "0x0000000000000000000000000000000000000001") {
                followingCount profiles { handle } signingKeys { key } signingKeyConnection { totalCount edges { cursor } }
                followings { totalCount edges { cursor } pageInfo { startCursor hasNextPage } } } }
            """);

        Assert.Equal(
            """{"followingCount":0,"profiles":[],"signingKeys":[],"signingKeyConnection":{"totalCount":0,"edges":[]},"followings":{"totalCount":0,"edges":[],"pageInfo":{"startCursor":null,"hasNextPage":false}}}""",
            data["address"]!.ToJsonString());
    }

    [Fact]
    public async Task ProfileByHandle_gives_owner_counts_and_follow_state()
    {
        var data = await _api.DataAsync($$"""
            {
              profileByHandle(handle: "star") {
                handle owner { address followingCount } followerCount createdAt
                byFan3: isFollowedBy(address: "{{_fans[3].Address}}") byStar: isFollowedBy(address: "{{_star.Address}}")
              }
              missing: profileByHandle(handle: "nobody") { handle }
            }
            """);

        var profile = data["profileByHandle"]!;
        Assert.Equal("star", (string)profile["handle"]!);
        Assert.Equal(_star.Address, (string)profile["owner"]!["address"]!);
        Assert.Equal(1, (int)profile["owner"]!["followingCount"]!);
        Assert.Equal(7, (int)profile["followerCount"]!);
        Assert.True((long)profile["createdAt"]! > 0);
        Assert.True((bool)profile["byFan3"]!);
        Assert.False((bool)profile["byStar"]!);
        Assert.Null(data["missing"]);
    }

    [Fact]
    public async Task A_follow_carries_its_profile_time_and_proof()
    {
        var data = await _api.DataAsync("""
            {
              profileByHandle(handle: "star") {
                followers(first: 1) { edges { node {
                  address handle followedAt profile { handle followerCount }
                  proof { content digest signature signingKey signingKeyAuth { address message signature } }
                } } }
              }
              operations(first: 100) { edges { node { position digest content } } }
            }
            """);

        var follow = data["profileByHandle"]!["followers"]!["edges"]![0]!["node"]!;
        var fan6 = _fans[6];
        Assert.Equal(fan6.Address, (string)follow["address"]!);
        Assert.Equal("star", (string)follow["handle"]!);
        Assert.Equal("star", (string)follow["profile"]!["handle"]!);
        Assert.Equal(7, (int)follow["profile"]!["followerCount"]!);
        var proof = follow["proof"]!;
        var content = (string)proof["content"]!;
        Assert.Equal(GraphHarness.PairMessage("follow", fan6.Address, "star", (long)follow["followedAt"]!), content);
        Assert.Equal(fan6.Key.Spki, (string)proof["signingKey"]!);
        Assert.Equal(fan6.Key.Sign(content).Length, ((string)proof["signature"]!).Length);
        Assert.Equal(fan6.Address, (string)proof["signingKeyAuth"]!["address"]!);
        Assert.Equal(GraphHarness.AuthorizationMessage(fan6.Key.Spki), (string)proof["signingKeyAuth"]!["message"]!);
        var logged = data["operations"]!["edges"]!.AsArray().Single(e => (string)e!["node"]!["content"]! == content)!;
        Assert.Equal((string)logged["node"]!["digest"]!, (string)proof["digest"]!);
    }

    [Fact]
    public async Task Followers_page_forward_newest_first()
    {
        var first = await FollowersAsync(new { first = 3 });
        Assert.Equal(["fan6", "fan5", "fan4"], FollowerHandlesOf(first));
        Assert.Equal(7, (int)first["totalCount"]!);
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)first["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal((string)first["edges"]![0]!["cursor"]!, (string)first["pageInfo"]!["startCursor"]!);

        var second = await FollowersAsync(new { first = 3, after = (string)first["pageInfo"]!["endCursor"]! });
        Assert.Equal(["fan3", "fan2", "fan1"], FollowerHandlesOf(second));
        Assert.True((bool)second["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);

        var third = await FollowersAsync(new { first = 3, after = (string)second["pageInfo"]!["endCursor"]! });
        Assert.Equal(["fan0"], FollowerHandlesOf(third));
        Assert.False((bool)third["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Followers_page_backward_from_the_end()
    {
        var last = await FollowersAsync(new { last = 3 });
        Assert.Equal(["fan2", "fan1", "fan0"], FollowerHandlesOf(last));
        Assert.True((bool)last["pageInfo"]!["hasPreviousPage"]!);

        var before = await FollowersAsync(new { last = 3, before = (string)last["pageInfo"]!["startCursor"]! });
        Assert.Equal(["fan5", "fan4", "fan3"], FollowerHandlesOf(before));
        Assert.True((bool)before["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)before["pageInfo"]!["hasNextPage"]!);

        var start = await FollowersAsync(new { last = 3, before = (string)before["pageInfo"]!["startCursor"]! });
        Assert.Equal(["fan6"], FollowerHandlesOf(start));
        Assert.False((bool)start["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task Followers_follow_the_order_asked_for()
    {
        var oldest = await FollowersAsync(new { first = 2, order = new { direction = "ASC" } });
        Assert.Equal(["fan0", "fan1"], FollowerHandlesOf(oldest));

        var next = await FollowersAsync(new { first = 2, after = (string)oldest["pageInfo"]!["endCursor"]!, order = new { direction = "ASC" } });
        Assert.Equal(["fan2", "fan3"], FollowerHandlesOf(next));
    }

    [Theory]
    [InlineData("""{"first":-1}""", "first and last cannot be negative.")]
    [InlineData("""{"last":-2}""", "first and last cannot be negative.")]
    [InlineData("""{"first":101}""", "first and last can be at most 100.")]
    [InlineData("""{"after":"not a cursor"}""", "\"after\" is not a cursor of this list")]
    [InlineData("""{"before":"eA=="}""", "\"before\" is not a cursor of this list")]
    public async Task Bad_paging_arguments_are_field_errors(string variables, string message)
    {
        var result = await _api.ExecuteAsync(FollowerHandles, System.Text.Json.JsonSerializer.Deserialize<JsonObject>(variables));

        var error = result["errors"]!.AsArray().Single()!;
        Assert.StartsWith(message, (string)error["message"]!);
        Assert.Equal("""["profileByHandle","followers"]""", error["path"]!.ToJsonString());
        Assert.Null(result["data"]!["profileByHandle"]);
    }

    [Fact]
    public async Task MutualFollows_page_both_ways_and_refuse_bad_arguments()
    {
        var query = $$"""
            query($first: Int, $after: String, $last: Int, $before: String) {
              address(address: "{{_star.Address}}") {
                mutualFollows(first: $first, after: $after, last: $last, before: $before) {
                  edges { cursor node { address } } pageInfo { hasNextPage hasPreviousPage startCursor }
                }
              }
            }
            """;

        var last = (await _api.DataAsync(query, new { last = 1 }))["address"]!["mutualFollows"]!;
        Assert.Equal(_fans[0].Address, (string)last["edges"]![0]!["node"]!["address"]!);
        Assert.False((bool)last["pageInfo"]!["hasPreviousPage"]!);
        var before = (await _api.DataAsync(query, new { last = 1, before = (string)last["pageInfo"]!["startCursor"]! }))["address"]!["mutualFollows"]!;
        Assert.Empty(before["edges"]!.AsArray());
        Assert.True((bool)before["pageInfo"]!["hasNextPage"]!);
        var after = (await _api.DataAsync(query, new { first = 1, after = (string)last["pageInfo"]!["startCursor"]! }))["address"]!["mutualFollows"]!;
        Assert.Empty(after["edges"]!.AsArray());
        Assert.True((bool)after["pageInfo"]!["hasPreviousPage"]!);

        Assert.Equal(["first and last cannot be negative."], await _api.ErrorsAsync(query, new { last = -1 }));
        Assert.Contains("not a cursor", (await _api.ErrorsAsync(query, new { after = "MTIz" })).Single());
    }

    [Fact]
    public async Task BatchGetAddresses_answers_in_the_order_asked_and_at_most_100()
    {
        const string query = "query($addresses: [AddressEVM!]!) { batchGetAddresses(addresses: $addresses) { address followingCount } }";
        string[] asked = [_fans[1].Address, _fans[0].Address.ToUpperInvariant().Replace("0X", "0x"), _star.Address];

        var data = await _api.DataAsync(query, new { addresses = asked });

        Assert.Equal(
            [$"{_fans[1].Address}:1", $"{_fans[0].Address}:3", $"{_star.Address}:1"],
            data["batchGetAddresses"]!.AsArray().Select(a => $"{a!["address"]}:{a["followingCount"]}"));
        var tooMany = Enumerable.Range(1, 101).Select(i => $"0x{i:x40}").ToArray();
        Assert.Equal(["batchGetAddresses takes at most 100 addresses; 101 were given."], await _api.ErrorsAsync(query, new { addresses = tooMany }));
    }

    [Fact]
    public async Task Operations_list_the_log_in_commit_order_with_its_chain()
    {
        const string query = """
            query($first: Int, $after: String) {
              operations(first: $first, after: $after) {
                totalCount
                edges { cursor node { position kind address handles content ts signature signingKey signingKeyAuth { address } digest previousDigest acceptedAt } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }
            """;
        var all = (await _api.DataAsync(query, new { first = 100 }))["operations"]!;
        var operations = all["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
        Assert.Equal(operations.Length, (int)all["totalCount"]!);
        Assert.Equal(Enumerable.Range(1, operations.Length).Select(i => (long)i), operations.Select(o => (long)o["position"]!));
        Assert.All(operations.Skip(1).Zip(operations), pair => Assert.Equal((string)pair.Second["digest"]!, (string)pair.First["previousDigest"]!));
        var register = operations[0];
        Assert.Equal("REGISTER_SIGNING_KEY", (string)register["kind"]!);
        Assert.Equal(_star.Address, (string)register["address"]!);
        Assert.Equal(_star.Key.Spki, (string)register["signingKey"]!);
        Assert.Equal("CREATE_PROFILE", (string)operations[1]["kind"]!);
        Assert.Null(operations[1]["signingKey"]);
        Assert.Null(operations[1]["signingKeyAuth"]);
        Assert.Equal(["star"], operations[1]["handles"]!.AsArray().Select(h => (string)h!));
        var follow = operations.First(o => (string)o["kind"]! == "FOLLOW");
        Assert.Equal(_fans[0].Key.Spki, (string)follow["signingKey"]!);
        Assert.Equal(_fans[0].Address, (string)follow["signingKeyAuth"]!["address"]!);
        Assert.True((long)follow["acceptedAt"]! >= (long)follow["ts"]!);

        var first = (await _api.DataAsync(query, new { first = 2 }))["operations"]!;
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)first["pageInfo"]!["hasPreviousPage"]!);
        var next = (await _api.DataAsync(query, new { first = 2, after = (string)first["pageInfo"]!["endCursor"]! }))["operations"]!;
        Assert.Equal([3L, 4L], next["edges"]!.AsArray().Select(e => (long)e!["node"]!["position"]!));
        Assert.True((bool)next["pageInfo"]!["hasPreviousPage"]!);

        Assert.Equal(["first and last can be at most 100."], await _api.ErrorsAsync(query, new { first = 101 }));
        Assert.Contains("not a cursor", (await _api.ErrorsAsync(query, new { after = "%%%" })).Single());
    }
}
