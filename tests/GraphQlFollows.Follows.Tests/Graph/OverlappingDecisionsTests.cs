using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// Two instances writing one PostgreSQL database decide at the same time: only the serialized section (appending to
/// the log) waits for the other instance, and only decisions about the same row wait for each other.
/// </summary>
public sealed class OverlappingDecisionsTests
{
    [PostgresFact]
    public async Task While_one_instance_is_held_deciding_a_batch_the_other_commits_other_pairs_and_waits_for_the_same_pair()
    {
        await using var harness = await GraphHarness.CreateAsync(provider: StorageProvider.PostgreSql);
        await harness.CreateMemberAsync("star_one");
        await harness.CreateMemberAsync("star_two");
        var fan = await harness.CreateMemberAsync();
        var other = await harness.CreateMemberAsync();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holds = 0;
        var options = new FollowGraphOptions
        {
            HoldDecisions = async () =>
            {
                if (Interlocked.Increment(ref holds) == 1)
                {
                    held.SetResult();
                    await release.Task;
                }
            },
        };
        await using var holding = new FollowGraph(harness.Database.Factory, options, harness.Clock);
        await holding.StartAsync();
        try
        {
            await HoldAndOverlapAsync(harness, holding, fan, other, held, release);
        }
        finally
        {
            // A failed check must not leave the holding instance waiting, or it would never stop.
            release.TrySetResult();
        }
        var log = await LogVerifier.VerifyAsync(harness.Database.Factory);
        Assert.True(log.Holds, string.Join("\n", log.Findings.Select(f => f.ToString())));
        Assert.Equal(log.Operations, (await harness.Queries.GetOperationsAsync(100)).Operations.Count);
        Assert.Equal(2, (await harness.Queries.GetFollowersAsync("star_one", new(First: 10))).Edges.Count);
        Assert.Single((await harness.Queries.GetFollowersAsync("star_two", new(First: 10))).Edges);
    }

    private static async Task HoldAndOverlapAsync(
        GraphHarness harness, FollowGraph holding, Member fan, Member other, TaskCompletionSource held, TaskCompletionSource release)
    {
        // The holding instance has loaded (and locked) the pair fan -> star_one, and stops before deciding.
        var stuck = holding.FollowAsync(harness.PairRequest(fan, "star_one"));
        await held.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Meanwhile the other instance decides and commits a batch of other pairs (of another address: the rate bucket
        // of the held address is a row the held decision may change), and appends to the log.
        var others = await Task.WhenAll(
            harness.Graph.FollowAsync(harness.PairRequest(other, "star_one")),
            harness.Graph.FollowAsync(harness.PairRequest(other, "star_two"))).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(others, result => Assert.Equal(FollowStatus.Success, result.Status));
        Assert.False(stuck.IsCompleted);

        // A decision about the held pair waits for it, and then sees it.
        var samePair = harness.Graph.FollowAsync(harness.PairRequest(fan, "star_one", ts: harness.Clock.NowMs + 1));
        await Task.Delay(500);
        Assert.False(samePair.IsCompleted);

        release.SetResult();
        Assert.Equal(FollowStatus.Success, (await stuck).Status);
        Assert.Equal(FollowStatus.AlreadyDone, (await samePair).Status);
    }
}
