using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>A wallet with a registered signing key and, when given a handle, a profile.</summary>
public sealed record Member(TestWallet Wallet, TestSigningKey Key, string? Handle)
{
    public string Address => Wallet.Text;
}

/// <summary>A follow graph over a fresh SQLite file, with a clock the test controls.</summary>
public sealed class GraphHarness : IAsyncDisposable
{
    private GraphHarness(TempDatabase database, TestClock clock, FollowGraphOptions options)
    {
        Database = database;
        Clock = clock;
        Graph = new FollowGraph(database.Factory, options, clock);
        Queries = new FollowQueries(database.Factory);
    }

    public TempDatabase Database { get; }
    public TestClock Clock { get; }
    public FollowGraph Graph { get; }
    public FollowQueries Queries { get; }

    /// <param name="commandTimeoutSeconds">See <see cref="TempDatabase.CreateAsync"/>.</param>
    public static async Task<GraphHarness> CreateAsync(
        FollowGraphOptions? options = null, StorageProvider provider = StorageProvider.Sqlite, int? commandTimeoutSeconds = null)
    {
        var harness = new GraphHarness(
            await TempDatabase.CreateAsync(provider: provider, commandTimeoutSeconds: commandTimeoutSeconds),
            new TestClock(DateTimeOffset.FromUnixTimeMilliseconds(1_763_000_000_000)), options ?? new FollowGraphOptions());
        await harness.Graph.StartAsync();
        return harness;
    }

    public static string AuthorizationMessage(string spki) =>
        $"I authorize CyberConnect from this device using signing key:\n{spki}";

    public static string PairMessage(string op, string address, string handle, object ts) =>
        $$"""{"op":"{{op}}","address":"{{address}}","handle":"{{handle}}","ts":{{Ts(ts)}}}""";

    public static string BatchMessage(string address, IEnumerable<string> handles, object ts, string op = "batchUnfollow") =>
        $$"""{"op":"{{op}}","address":"{{address}}","handles":[{{string.Join(',', handles.Select(h => $"\"{h}\""))}}],"ts":{{Ts(ts)}}}""";

    public static string BlockMessage(string op, string address, string handle, string target, object ts) =>
        $$"""{"op":"{{op}}","address":"{{address}}","handle":"{{handle}}","target":"{{target}}","ts":{{Ts(ts)}}}""";

    public static string ProfileMessage(string address, string handle, object ts) =>
        $$"""{"op":"createProfile","address":"{{address}}","handle":"{{handle}}","ts":{{Ts(ts)}}}""";

    public static string RevokeMessage(string address, string spki, object ts) =>
        $$"""{"op":"revokeSigningKey","address":"{{address}}","signingKey":"{{spki}}","ts":{{Ts(ts)}}}""";

    // A string ts is written quoted, a number bare.
    private static string Ts(object ts) => ts is string text ? $"\"{text}\"" : Convert.ToString(ts, System.Globalization.CultureInfo.InvariantCulture)!;

    public async Task<Member> CreateMemberAsync(string? handle = null)
    {
        var wallet = new TestWallet();
        var key = new TestSigningKey();
        var message = AuthorizationMessage(key.Spki);
        var registered = await Graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(message)));
        Assert.Equal(RegisterSigningKeyStatus.Success, registered.Status);
        if (handle is not null)
        {
            var claimed = await CreateProfileAsync(wallet, handle);
            Assert.Equal(CreateProfileStatus.Success, claimed.Status);
        }
        return new Member(wallet, key, handle);
    }

    public Task<CreateProfileResult> CreateProfileAsync(TestWallet wallet, string handle, long? ts = null)
    {
        var message = ProfileMessage(wallet.Text, handle, ts ?? Clock.NowMs);
        return Graph.CreateProfileAsync(new(wallet.Text, handle, message, wallet.Sign(message)));
    }

    /// <summary>A correctly signed follow or unfollow request, at the current time unless <paramref name="ts"/> is given.</summary>
    public FollowRequest PairRequest(Member member, string handle, string op = "follow", long? ts = null)
    {
        var message = PairMessage(op, member.Address, handle, ts ?? Clock.NowMs);
        return new FollowRequest(member.Address, handle, message, member.Key.Sign(message), member.Key.Spki);
    }

    public Task<FollowResult> FollowAsync(Member member, string handle, long? ts = null) =>
        Graph.FollowAsync(PairRequest(member, handle, "follow", ts));

    public Task<FollowResult> UnfollowAsync(Member member, string handle, long? ts = null) =>
        Graph.UnfollowAsync(PairRequest(member, handle, "unfollow", ts));

    /// <summary>A correctly signed block or unblock of <paramref name="target"/> by <paramref name="owner"/>'s profile <paramref name="handle"/>.</summary>
    public BlockRequest BlockRequest(Member owner, string handle, string target, string op = "block", long? ts = null)
    {
        var message = BlockMessage(op, owner.Address, handle, target, ts ?? Clock.NowMs);
        return new BlockRequest(owner.Address, handle, target, message, owner.Key.Sign(message), owner.Key.Spki);
    }

    public Task<FollowResult> BlockAsync(Member owner, string target, long? ts = null) =>
        Graph.BlockAsync(BlockRequest(owner, owner.Handle!, target, "block", ts));

    public Task<FollowResult> UnblockAsync(Member owner, string target, long? ts = null) =>
        Graph.UnblockAsync(BlockRequest(owner, owner.Handle!, target, "unblock", ts));

    /// <summary>A correctly signed batch follow or unfollow (<paramref name="op"/>) of <paramref name="handles"/>.</summary>
    public BatchRequest BatchRequest(Member member, IEnumerable<string> handles, long? ts = null, string op = "batchFollow")
    {
        string[] list = [.. handles];
        var message = BatchMessage(member.Address, list, ts ?? Clock.NowMs, op);
        return new BatchRequest(member.Address, message, member.Key.Sign(message), member.Key.Spki, list);
    }

    /// <summary>Waits until every operation in the log has been reported to the graph's subscribers.</summary>
    public async Task WaitForFeedAsync()
    {
        var end = await Queries.CountOperationsAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Graph.ReportedPosition < end)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The feed reported {Graph.ReportedPosition} of {end} operations in 10 s.");
            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        await Queries.DisposeAsync();
        await Database.DisposeAsync();
    }
}
