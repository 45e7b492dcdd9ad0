using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// Two follow graphs writing one database, as two server processes do: each decides against what the other has
/// committed, and what one keeps in memory gives way to the other's commits.
/// </summary>
public sealed class SharedDatabaseTests
{
    [Fact]
    public Task A_key_revoked_through_one_graph_is_refused_by_the_other_before_its_signature_is_judged() =>
        RevokedElsewhereAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task On_postgresql_a_key_revoked_through_one_graph_is_refused_by_the_other_before_its_signature_is_judged() =>
        RevokedElsewhereAsync(StorageProvider.PostgreSql);

    [Fact]
    public async Task Both_graphs_extend_one_log_and_the_second_hears_of_the_first_ones_operations()
    {
        await using var harness = await GraphHarness.CreateAsync();
        await using var other = new FollowGraph(harness.Database.Factory, new FollowGraphOptions(), harness.Clock);
        await other.StartAsync();
        var heard = new List<long>();
        other.OperationsCommitted += operations => { lock (heard) { heard.AddRange(operations.Select(o => o.Position)); } };
        await harness.CreateMemberAsync("star");
        var fan = await harness.CreateMemberAsync();

        var follow = harness.PairRequest(fan, "star");
        Assert.Equal(FollowStatus.Success, (await other.FollowAsync(follow)).Status);
        // The identical request through the first graph is a retry, although that graph did not accept it.
        Assert.Equal(FollowStatus.Success, (await harness.Graph.FollowAsync(follow)).Status);
        Assert.Equal(FollowStatus.Success, (await harness.UnfollowAsync(fan, "star", harness.Clock.NowMs + 1)).Status);

        var log = await harness.Queries.GetOperationsAsync(10);
        Assert.Equal(["registerSigningKey", "createProfile", "registerSigningKey", "follow", "unfollow"],
            log.Operations.Select(o => o.Kind));
        Assert.Equal([1L, 2, 3, 4, 5], log.Operations.Select(o => o.Position));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (other.ReportedPosition < 5 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        lock (heard)
        {
            Assert.Equal([1L, 2, 3, 4, 5], heard);
        }
    }

    [PostgresFact]
    public async Task On_postgresql_a_commit_wakes_the_other_graph_at_once_through_notify()
    {
        await using var harness = await GraphHarness.CreateAsync(provider: StorageProvider.PostgreSql);
        // A poll so long that only the notification can tell the second graph of the first one's commits.
        await using var other = new FollowGraph(
            harness.Database.Factory, new FollowGraphOptions { LogPollInterval = TimeSpan.FromHours(1) }, harness.Clock);
        await other.StartAsync();
        // The other graph's writer reads the log's end before it listens; its first answer shows it has.
        var early = await harness.CreateMemberAsync();
        Assert.Equal(FollowStatus.HandleNotFound, (await other.FollowAsync(harness.PairRequest(early, "nobody"))).Status);
        var reported = other.ReportedPosition;
        var heard = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        other.OperationsCommitted += operations => heard.TrySetResult(operations[^1].Position);

        await harness.CreateMemberAsync("star");

        var last = (await harness.Queries.GetOperationsAsync(10)).Operations[^1].Position;
        Assert.True(last > reported);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (other.ReportedPosition < last && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Equal(last, other.ReportedPosition);
        Assert.True(heard.Task.IsCompleted);
    }

    [Fact]
    public Task The_bound_on_an_address_s_keys_holds_across_graphs() => KeyBoundAcrossGraphsAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task On_postgresql_the_bound_on_an_address_s_keys_holds_across_graphs() => KeyBoundAcrossGraphsAsync(StorageProvider.PostgreSql);

    /// <summary>Registrations of one wallet sent through two graphs at once: the count is read inside each commit.</summary>
    private static async Task KeyBoundAcrossGraphsAsync(StorageProvider provider)
    {
        var options = new FollowGraphOptions { MaxSigningKeysPerAddress = 3 };
        await using var harness = await GraphHarness.CreateAsync(options, provider);
        await using var other = new FollowGraph(harness.Database.Factory, options, harness.Clock);
        await other.StartAsync();
        var wallet = new TestWallet();
        var keys = Enumerable.Range(0, 10).Select(_ => new TestSigningKey()).ToArray();

        var registrations = keys.Select((key, i) =>
        {
            var message = GraphHarness.AuthorizationMessage(key.Spki);
            var graph = i % 2 == 0 ? harness.Graph : other;
            return graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(message)));
        }).ToArray();
        var statuses = (await Task.WhenAll(registrations)).Select(r => r.Status).ToArray();

        Assert.Equal(3, statuses.Count(s => s == RegisterSigningKeyStatus.Success));
        Assert.Equal(3, (await harness.Queries.CountSigningKeysAsync(wallet.Address)));
        Array.ForEach(keys, key => key.Dispose());
    }

    private static async Task RevokedElsewhereAsync(StorageProvider provider)
    {
        await using var harness = await GraphHarness.CreateAsync(provider: provider);
        // A long poll, so that only the database's answer, not the feed, can tell the second graph of the revocation.
        await using var other = new FollowGraph(
            harness.Database.Factory, new FollowGraphOptions { LogPollInterval = TimeSpan.FromHours(1) }, harness.Clock);
        await other.StartAsync();
        await harness.CreateMemberAsync("star");
        var fan = await harness.CreateMemberAsync();
        Assert.Equal(FollowStatus.Success, (await other.FollowAsync(harness.PairRequest(fan, "star"))).Status);

        var revoke = GraphHarness.RevokeMessage(fan.Address, fan.Key.Spki, harness.Clock.NowMs);
        Assert.Equal(RevokeSigningKeyStatus.Success,
            (await harness.Graph.RevokeSigningKeyAsync(new(fan.Address, fan.Key.Spki, revoke, fan.Wallet.Sign(revoke)))).Status);

        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var unfollow = harness.PairRequest(fan, "star", "unfollow");
        var badlySigned = unfollow with { Signature = fan.Key.Sign("another message") };
        Assert.Equal(FollowStatus.InvalidSigningKey, (await other.UnfollowAsync(badlySigned)).Status);
        Assert.Equal(FollowStatus.InvalidSigningKey, (await other.UnfollowAsync(unfollow)).Status);
    }
}
