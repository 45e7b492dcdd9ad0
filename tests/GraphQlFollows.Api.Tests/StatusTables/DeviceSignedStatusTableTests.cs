using System.Security.Cryptography;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Tests.Graph;
using Snapshooter.Xunit;

namespace GraphQlFollows.Api.Tests.StatusTables;

/// <summary>
/// The status tables of the mutations a device key signs: follow, unfollow, batchUnfollow, batchFollow and block.
/// Rate-limit cases run on a second graph that allows one signed write per address (three for the batches).
/// </summary>
public sealed class DeviceSignedStatusTableTests
{
    private const long TwoMinutes = 2 * 60 * 1000;

    // Messages that are not the mutation's own, each paired with every later check failing too.
    private static readonly string[] BrokenMessages =
    [
        "not json",
        "[]",
        "\"text\"",
        """{"op":"follow","address":"<address>","handle":"bob"}""",
        """{"op":"follow","address":"<address>","ts":1}""",
        """{"op":"follow","handle":"bob","ts":1}""",
        """{"address":"<address>","handle":"bob","ts":1}""",
        """{"op":"unfollow","address":"<address>","handle":"bob","ts":1}""",
        """{"op":"follow","address":"<address>","handle":"carol","ts":1}""",
        """{"op":"follow","address":"0x0000000000000000000000000000000000000001","handle":"bob","ts":1}""",
        """{"op":"follow","address":"<address>","handle":"bob","ts":1.5}""",
        """{"op":"follow","address":"<address>","handle":"bob","ts":-1}""",
        """{"op":"follow","address":"<address>","handle":"bob","ts":"12a"}""",
        """{"op":"follow","address":"<address>","handle":"bob","ts":""}""",
        """{"op":"follow","address":"<address>","handle":"bob","ts":true}""",
        """{"op":"follow","address":"<address>","handle":5,"ts":1}""",
        """{"op":"follow","address":"<address>","handle":"bob","handle":"bob","ts":1}""",
        """{"op":"follow","address":"<address>","handle":"bob","ts":1} trailing""",
        """{"op":"follow","address":"<address>","handle":"bob","ts":1""",
    ];

    [Fact]
    public async Task Follow()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: FollowRequest!) { follow(input: $input) { status tsInServer } }");
        var graph = table.Graph;
        var (alice, bob, fan) = await MembersAsync(graph);
        var now = graph.Clock.NowMs;
        var failsEveryCheck = FailsEveryCheck(fan);

        // AddressEVM refuses these before the domain sees them: a GraphQL error, not a status.
        foreach (var address in new[] { "0x123", "not an address", "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed" })
        {
            await table.AddAsync($"address {address}", ApiHarness.PairInput(failsEveryCheck with { Address = address }));
        }
        foreach (var message in BrokenMessages)
        {
            await table.AddAsync($"message {message}", ApiHarness.PairInput(failsEveryCheck with { Message = message.Replace("<address>", fan.Address, StringComparison.Ordinal) }));
        }
        var oversized = $$"""{"op":"follow","address":"{{fan.Address}}","handle":"bob","ts":{{now}},"pad":"{{new string('x', 4096)}}"}""";
        await table.AddAsync("message over 4 KiB", ApiHarness.PairInput(new FollowRequest(fan.Address, "bob", oversized, fan.Key.Sign(oversized), fan.Key.Spki)));
        await table.AddAsync("ts over 10 minutes old", ApiHarness.PairInput(failsEveryCheck with { Message = GraphHarness.PairMessage("follow", fan.Address, "bob", now - StatusTable.TenMinutes - 1) }));
        await table.AddAsync("ts over 2 minutes ahead", ApiHarness.PairInput(failsEveryCheck with { Message = GraphHarness.PairMessage("follow", fan.Address, "bob", now + TwoMinutes + 1) }));

        var toBob = graph.PairRequest(fan, "bob");
        using var rsa = RSA.Create(2048);
        foreach (var (name, key) in new[] { ("key not base64", "not base64!"), ("key empty", ""), ("key RSA", Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())) })
        {
            await table.AddAsync(name, ApiHarness.PairInput(toBob with { SigningKey = key, Signature = "0x00" }));
        }
        using var stranger = new TestSigningKey();
        await table.AddAsync("key not registered", ApiHarness.PairInput(toBob with { Signature = stranger.Sign(toBob.Message!), SigningKey = stranger.Spki }));
        await table.AddAsync("key of another address", ApiHarness.PairInput(toBob with { Signature = bob.Key.Sign(toBob.Message!), SigningKey = bob.Key.Spki }));

        var toNobody = graph.PairRequest(fan, "nobody");
        var otherMessage = GraphHarness.PairMessage("follow", fan.Address, "nobody", now - 1);
        foreach (var (name, signature) in new[]
        {
            ("signature 0x00", "0x00"), ("signature garbage", "garbage"), ("signature empty", ""),
            ("signature over another message", fan.Key.Sign(otherMessage)), ("signature by another key", bob.Key.Sign(toNobody.Message!)),
        })
        {
            await table.AddAsync(name, ApiHarness.PairInput(toNobody with { Signature = signature }));
        }

        await table.AddAsync("handle unknown", ApiHarness.PairInput(toNobody));
        await table.AddAsync("handle BOB", ApiHarness.PairInput(graph.PairRequest(fan, "BOB")));
        await table.AddAsync("own profile", ApiHarness.PairInput(graph.PairRequest(alice, "alice")));
        var follow = graph.PairRequest(fan, "bob", ts: now - 10);
        await table.AddAsync("follow", ApiHarness.PairInput(follow));
        await table.AddAsync("the identical message again", ApiHarness.PairInput(follow));
        await table.AddAsync("a newer follow while following", ApiHarness.PairInput(graph.PairRequest(fan, "bob", ts: now - 9)));
        await table.AddAsync("ts not newer than the pair's last accepted", ApiHarness.PairInput(graph.PairRequest(fan, "bob", ts: now - 11)));
        var der = graph.PairRequest(fan, "alice");
        await table.AddAsync("DER signature", ApiHarness.PairInput(der with { Signature = fan.Key.SignDer(der.Message!) }));

        await AddRateLimitRowsAsync(table, "follow", now);

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public async Task Unfollow()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: UnFollowRequest!) { unfollow(input: $input) { status tsInServer } }");
        var graph = table.Graph;
        var (alice, _, fan) = await MembersAsync(graph);
        var now = graph.Clock.NowMs;
        var failsEveryCheck = FailsEveryCheck(fan);

        // The address is a String here: a malformed one reaches the domain, which answers a status.
        foreach (var address in new[] { "0xzz", "0x123", "not an address", "" })
        {
            await table.AddAsync($"address {address}", ApiHarness.PairInput(failsEveryCheck with { Address = address }));
        }
        await table.AddAsync("message not json", ApiHarness.PairInput(failsEveryCheck));
        await table.AddAsync("message of a follow", ApiHarness.PairInput(failsEveryCheck with { Message = GraphHarness.PairMessage("follow", fan.Address, "bob", now) }));
        await table.AddAsync("ts over 10 minutes old", ApiHarness.PairInput(failsEveryCheck with { Message = GraphHarness.PairMessage("unfollow", fan.Address, "bob", now - StatusTable.TenMinutes - 1) }));
        var toBob = graph.PairRequest(fan, "bob", "unfollow");
        using var stranger = new TestSigningKey();
        await table.AddAsync("key not registered", ApiHarness.PairInput(toBob with { Signature = stranger.Sign(toBob.Message!), SigningKey = stranger.Spki }));
        await table.AddAsync("signature 0x00", ApiHarness.PairInput(toBob with { Signature = "0x00" }));
        await table.AddAsync("handle unknown", ApiHarness.PairInput(graph.PairRequest(fan, "nobody", "unfollow")));
        await table.AddAsync("own profile", ApiHarness.PairInput(graph.PairRequest(alice, "alice", "unfollow")));
        await table.AddAsync("not following", ApiHarness.PairInput(graph.PairRequest(fan, "bob", "unfollow", now - 10)));
        await graph.FollowAsync(fan, "bob", now - 9);
        var unfollow = graph.PairRequest(fan, "bob", "unfollow", now - 8);
        await table.AddAsync("unfollow", ApiHarness.PairInput(unfollow));
        await table.AddAsync("the identical message again", ApiHarness.PairInput(unfollow));
        await table.AddAsync("ts not newer than the pair's last accepted", ApiHarness.PairInput(graph.PairRequest(fan, "bob", "unfollow", now - 9)));

        await AddRateLimitRowsAsync(table, "unfollow", now);

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public async Task BatchUnfollow()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: BatchUnfollowRequest!) { batchUnfollow(input: $input) { status tsInServer results { handle status } } }");
        var graph = table.Graph;
        var alice = await graph.CreateMemberAsync("alice");
        foreach (var handle in new[] { "bob", "carol", "dave" })
        {
            await graph.CreateMemberAsync(handle);
        }
        var now = graph.Clock.NowMs;
        await graph.FollowAsync(alice, "bob", now - 10);
        await graph.FollowAsync(alice, "carol", now - 10);
        await graph.FollowAsync(alice, "dave", now + 5);
        object Input(Member by, string[] handles, long ts, string[]? sent = null, string? signature = null, string? key = null)
        {
            var message = GraphHarness.BatchMessage(by.Address, handles, ts);
            return new { address = by.Address, handles = sent ?? handles, message, signature = signature ?? by.Key.Sign(message), signingKey = key ?? by.Key.Spki };
        }

        await table.AddAsync("address 0x1", new { address = "0x1", handles = new[] { "bob" }, message = "x", signature = "x", signingKey = "x" });
        await table.AddAsync("no handles", Input(alice, [], now));
        await table.AddAsync("21 handles", Input(alice, [.. Enumerable.Range(0, 21).Select(i => $"user{i}")], now));
        await table.AddAsync("handles in another order than the message's", Input(alice, ["bob", "carol"], now, sent: ["carol", "bob"]));
        await table.AddAsync("ts over 10 minutes old", Input(alice, ["bob"], now - StatusTable.TenMinutes - 1));
        await table.AddAsync("key AAAA", Input(alice, ["bob", "carol"], now, key: "AAAA"));
        await table.AddAsync("signature 0x01", Input(alice, ["bob", "carol"], now, signature: "0x01"));
        await table.AddAsync("bob listed twice", Input(alice, ["bob", "carol", "bob"], now));
        var mixed = Input(alice, ["bob", "nobody", "carol", "alice", "dave"], now);
        await table.AddAsync("followed, unknown, followed, own, followed later", mixed);
        await table.AddAsync("the identical message again", mixed);
        await table.AddAsync("bob again, later", Input(alice, ["bob"], now + 10));
        string[] twenty = [.. Enumerable.Range(0, 20).Select(i => $"user{i}")];
        await table.AddAsync("20 distinct unknown handles, 5 repeated", Input(alice, [.. twenty, .. twenty[..5]], now + 11));

        await using var limited = await ApiHarness.CreateAsync(graphOptions: new FollowGraphOptions { RateLimitPermits = 3 });
        var busy = await limited.Graph.CreateMemberAsync();
        await table.AddAsync("rate: 4 handles, 3 permits", Input(busy, ["aaa", "bbb", "ccc", "ddd"], now), limited);

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public async Task BatchFollow()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: BatchFollowRequest!) { batchFollow(input: $input) { status tsInServer results { handle status } } }");
        var graph = table.Graph;
        var (alice, bob, fan) = await MembersAsync(graph);
        var carol = await graph.CreateMemberAsync("carol");
        await graph.CreateMemberAsync("dave");
        var now = graph.Clock.NowMs;
        await graph.FollowAsync(fan, "alice", now - 10);
        await graph.FollowAsync(fan, "dave", now + 5);
        await graph.UnfollowAsync(fan, "dave", now + 6);
        await graph.BlockAsync(carol, fan.Address);
        object Input(Member by, string[] handles, long ts, string op = "batchFollow", string? signature = null) =>
            BatchInput(graph.BatchRequest(by, handles, ts, op), signature);

        await table.AddAsync("address 0x1", new { address = "0x1", handles = new[] { "bob" }, message = "x", signature = "x", signingKey = "x" });
        await table.AddAsync("message of a batchUnfollow", Input(fan, ["bob"], now, "batchUnfollow"));
        await table.AddAsync("21 handles", Input(fan, [.. Enumerable.Range(0, 21).Select(i => $"user{i}")], now));
        await table.AddAsync("ts over 10 minutes old", Input(fan, ["bob"], now - StatusTable.TenMinutes - 1));
        await table.AddAsync("signature by another key", Input(fan, ["bob"], now, signature: bob.Key.Sign("x")));
        await table.AddAsync("bob listed twice", Input(fan, ["bob", "alice", "bob"], now));
        var mixed = Input(fan, ["bob", "alice", "dave", "carol", "nobody"], now);
        await table.AddAsync("new, followed, unfollowed later, blocking, unknown", mixed);
        await table.AddAsync("the identical message again", mixed);
        await table.AddAsync("own profile", Input(alice, ["alice", "bob"], now));

        await using var limited = await ApiHarness.CreateAsync(graphOptions: new FollowGraphOptions { RateLimitPermits = 3 });
        var busy = await limited.Graph.CreateMemberAsync();
        await table.AddAsync("rate: 4 handles, 3 permits", BatchInput(limited.Graph.BatchRequest(busy, ["aaa", "bbb", "ccc", "ddd"], now)), limited);

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public async Task Block()
    {
        await using var table = await StatusTable.CreateAsync("mutation($input: BlockRequest!) { block(input: $input) { status tsInServer } }");
        var graph = table.Graph;
        var (alice, bob, fan) = await MembersAsync(graph);
        var now = graph.Clock.NowMs;
        var good = graph.BlockRequest(alice, "alice", fan.Address, ts: now - 10);
        var failsEveryCheck = good with { Message = "not json", Signature = "0x00", SigningKey = "not a key" };

        foreach (var address in new[] { "0xzz", "not an address", "" })
        {
            await table.AddAsync($"address {address}", ApiHarness.BlockInput(failsEveryCheck with { Address = address }));
            await table.AddAsync($"target {address}", ApiHarness.BlockInput(failsEveryCheck with { Target = address }));
        }
        await table.AddAsync("message not json", ApiHarness.BlockInput(failsEveryCheck));
        var unblock = graph.BlockRequest(alice, "alice", fan.Address, "unblock");
        await table.AddAsync("message of an unblock", ApiHarness.BlockInput(unblock with { Signature = "0x00" }));
        await table.AddAsync("message naming another target", ApiHarness.BlockInput(good with { Target = bob.Address }));
        await table.AddAsync("ts over 10 minutes old", ApiHarness.BlockInput(graph.BlockRequest(alice, "alice", fan.Address, ts: now - StatusTable.TenMinutes - 1) with { SigningKey = "x" }));
        using var stranger = new TestSigningKey();
        await table.AddAsync("key not registered", ApiHarness.BlockInput(good with { Signature = stranger.Sign(good.Message!), SigningKey = stranger.Spki }));
        await table.AddAsync("signature by another key", ApiHarness.BlockInput(good with { Signature = bob.Key.Sign(good.Message!) }));
        await table.AddAsync("handle unknown", ApiHarness.BlockInput(graph.BlockRequest(alice, "nobody", fan.Address)));
        await table.AddAsync("profile of another address", ApiHarness.BlockInput(graph.BlockRequest(bob, "alice", fan.Address)));
        await table.AddAsync("blocking oneself", ApiHarness.BlockInput(graph.BlockRequest(alice, "alice", alice.Address)));
        await table.AddAsync("block", ApiHarness.BlockInput(good));
        await table.AddAsync("the identical message again", ApiHarness.BlockInput(good));
        await table.AddAsync("a newer block while blocked", ApiHarness.BlockInput(graph.BlockRequest(alice, "alice", fan.Address, ts: now - 9)));
        await table.AddAsync("ts not newer than the pair's last accepted", ApiHarness.BlockInput(graph.BlockRequest(alice, "alice", fan.Address, ts: now - 11)));

        await using var limited = await ApiHarness.CreateAsync(graphOptions: new FollowGraphOptions { RateLimitPermits = 1 });
        var owner = await limited.Graph.CreateMemberAsync("owner"); // the claim spends the one permit
        await table.AddAsync("rate: after the claim", ApiHarness.BlockInput(limited.Graph.BlockRequest(owner, "owner", fan.Address)), limited);

        Snapshot.Match(table.ToString());
    }

    private static object BatchInput(BatchRequest request, string? signature = null) => new
    {
        address = request.Address, handles = request.Handles, message = request.Message, signature = signature ?? request.Signature,
        signingKey = request.SigningKey,
    };

    // The profiles alice and bob, and fan, a member without a profile whose requests the checks judge.
    private static async Task<(Member Alice, Member Bob, Member Fan)> MembersAsync(GraphHarness graph) =>
        (await graph.CreateMemberAsync("alice"), await graph.CreateMemberAsync("bob"), await graph.CreateMemberAsync());

    // fan to bob with a message, signature and key that each fail their check, so the first check that runs answers.
    private static FollowRequest FailsEveryCheck(Member fan) => new(fan.Address, "bob", "not json", "0x00", "not a key");

    /// <summary>Two rows from a second graph that allows one signed write per address: the first passes, the second is limited.</summary>
    private static async Task AddRateLimitRowsAsync(StatusTable table, string op, long now)
    {
        await using var limited = await ApiHarness.CreateAsync(graphOptions: new FollowGraphOptions { RateLimitPermits = 1 });
        var busy = await limited.Graph.CreateMemberAsync();
        await table.AddAsync("rate: first signed write", ApiHarness.PairInput(limited.Graph.PairRequest(busy, "nobody", op, now - 1)), limited);
        await table.AddAsync("rate: second within the window", ApiHarness.PairInput(limited.Graph.PairRequest(busy, "nobody", op, now)), limited);
    }
}
