using System.Collections.Concurrent;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Tests.Shared;
using Xunit.Abstractions;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>Writes racing each other; the operations drawn at random come from a printed seed (<c>CONCURRENCY_SEED</c> repeats it).</summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
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
        var random = new Random(TestSeed.Choose(output, "CONCURRENCY_SEED"));
        var ops = Enumerable.Range(0, 400).Select(_ => random.Next(2) == 0 ? "follow" : "unfollow").ToArray();

        var tasks = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var member = members[i % members.Count];
            var handle = members[(i / 4 + 1 + i % 3) % members.Count].Handle!;
            var op = ops[i];
            var request = harness.PairRequest(member, handle, op, now - 60_000 + Interlocked.Increment(ref tick));
            Func<FollowRequest, Task<FollowResult>> send = op == "follow" ? r => harness.Graph.FollowAsync(r) : r => harness.Graph.UnfollowAsync(r);
            // Every tenth request is sent twice at once, as a client retrying would.
            var results = await Task.WhenAll(i % 10 == 0 ? [send(request), send(request)] : new[] { send(request) });
            foreach (var result in results)
            {
                outcomes.Add(result.Status);
            }
        })).ToArray();
        await Task.WhenAll(tasks);

        Assert.Contains(FollowStatus.Success, outcomes);
        Assert.All(outcomes, status => Assert.Contains(status,
            new[] { FollowStatus.Success, FollowStatus.AlreadyDone, FollowStatus.MessageExpired, FollowStatus.InvalidAddress }));
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
        const int Rounds = 10;
        for (var round = 0; round < Rounds; round++)
        {
            var baseTs = now - 100_000 + round * 100;
            var follows = await Task.WhenAll(handles.Select((h, i) => harness.FollowAsync(fan, h, baseTs + i)));
            // Each round starts from no edge, and its follows are newer than anything before: all of them are applied.
            Assert.All(follows, follow => Assert.Equal(FollowStatus.Success, follow.Status));

            var message = GraphHarness.BatchMessage(fan.Address, handles, baseTs + 50);
            var batch = harness.Graph.BatchUnfollowAsync(new(fan.Address, message, fan.Key.Sign(message), fan.Key.Spki));
            var singles = handles.Select((h, i) => harness.UnfollowAsync(fan, h, baseTs + 50 + (i % 2 == 0 ? 1 : -1))).ToArray();
            await Task.WhenAll([batch, .. singles]);

            // Whichever comes first, each edge is removed exactly once: the other unfollow is ALREADY_DONE, or
            // MESSAGE_EXPIRED when it is older than the one applied.
            var batchStatuses = (await batch).Handles.ToDictionary(h => h.Handle, h => h.Status);
            for (var i = 0; i < handles.Length; i++)
            {
                var removals = new[] { batchStatuses[handles[i]], (await singles[i]).Status };
                Assert.Single(removals, status => status == FollowStatus.Success);
                Assert.All(removals, status => Assert.Contains(status,
                    new[] { FollowStatus.Success, FollowStatus.AlreadyDone, FollowStatus.MessageExpired }));
            }
        }

        // What the successes imply: every follow undone, and a log of every one of them.
        var profiles = await harness.Queries.GetProfilesAsync(handles);
        Assert.All(handles, handle => Assert.Equal(0, profiles[handle].FollowerCount));
        Assert.Equal(0, (await harness.Queries.GetFollowingCountsAsync([fan.Wallet.Address])).GetValueOrDefault(fan.Wallet.Address));
        Assert.Empty(await harness.Queries.GetFollowingPairsAsync(handles.Select(h => (fan.Wallet.Address, h)).ToArray()));
        await StoredLog.AssertVerifiesAsync(harness.Database);
    }
}
