using System.Collections.Concurrent;
using GraphQlFollows.Follows.Graph;

namespace GraphQlFollows.Follows.Tests.Graph;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Concurrent_follows_and_unfollows_of_the_same_pairs_keep_counts_and_edges_consistent()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 0, MaxOperationsPerCommit = 16 });
        var members = new List<Member>();
        foreach (var handle in new[] { "ann", "ben", "cat", "dan" })
        {
            members.Add(await harness.CreateMemberAsync(handle));
        }
        var now = harness.Clock.NowMs;
        var tick = 0L;
        var outcomes = new ConcurrentBag<FollowStatus>();

        var tasks = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var member = members[i % members.Count];
            var handle = members[(i / 4 + 1 + i % 3) % members.Count].Handle!;
            var op = Random.Shared.Next(2) == 0 ? "follow" : "unfollow";
            var request = harness.PairRequest(member, handle, op, now - 60_000 + Interlocked.Increment(ref tick));
            var send = op == "follow" ? (Func<FollowRequest, Task<FollowResult>>)harness.Graph.FollowAsync : harness.Graph.UnfollowAsync;
            // Every tenth request is sent twice at once, as a client retrying would.
            var results = await Task.WhenAll(i % 10 == 0 ? [send(request), send(request)] : new[] { send(request) });
            foreach (var result in results)
            {
                outcomes.Add(result.Status);
            }
        })).ToArray();
        await Task.WhenAll(tasks);

        Assert.Contains(FollowStatus.SUCCESS, outcomes);
        Assert.All(outcomes, status => Assert.Contains(status,
            new[] { FollowStatus.SUCCESS, FollowStatus.ALREADY_DONE, FollowStatus.MESSAGE_EXPIRED, FollowStatus.INVALID_ADDRESS }));
        await StoredLog.AssertVerifiesAsync(harness.Database);
        DigestChain.AssertRecomputes((await harness.Queries.GetOperationsAsync(100)).Operations, fromGenesis: true);
    }

    [Fact]
    public async Task Concurrent_batch_and_single_unfollows_agree()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { RateLimitPermits = 0 });
        var fan = await harness.CreateMemberAsync();
        var handles = new[] { "p01", "p02", "p03", "p04", "p05" };
        foreach (var handle in handles)
        {
            await harness.CreateMemberAsync(handle);
        }
        var now = harness.Clock.NowMs;
        for (var round = 0; round < 10; round++)
        {
            var baseTs = now - 100_000 + round * 100;
            await Task.WhenAll(handles.Select((h, i) => harness.FollowAsync(fan, h, baseTs + i)));
            var message = GraphHarness.BatchMessage(fan.Address, handles, baseTs + 50);
            var batch = harness.Graph.BatchUnfollowAsync(new(fan.Address, message, fan.Key.Sign(message), fan.Key.Spki));
            var singles = handles.Select((h, i) => harness.UnfollowAsync(fan, h, baseTs + 50 + (i % 2 == 0 ? 1 : -1)));
            await Task.WhenAll([batch, .. singles]);
        }
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }
}
