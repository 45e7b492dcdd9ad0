using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Writes;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// The writer's queue is bounded: past <see cref="FollowGraphOptions.MaxQueuedWrites"/>, or when the writes ahead
/// would take longer than <see cref="FollowGraphOptions.MaxQueueWait"/> at the recent commit rate, a write is
/// refused at once; and a queued write whose caller gave up before its commit began is never applied.
/// </summary>
public sealed class WriteQueueTests
{
    [Fact]
    public async Task A_write_past_the_queue_bound_is_refused_at_once_and_changes_nothing()
    {
        await using var harness = await GraphHarness.CreateAsync(new FollowGraphOptions { MaxQueuedWrites = 3 });
        await harness.CreateMemberAsync("target");
        var followers = await CreateMembersAsync(harness, 4);
        Task<FollowResult>[] queued;
        await using (await WriteLocks.HoldSqliteWriteLockAsync(harness.Database))
        {
            queued = followers.Take(3).Select(f => harness.FollowAsync(f, "target")).ToArray();
            await WriteLocks.WaitUntilAsync(() => harness.Graph.QueuedWrites == 3);
            var refused = await Assert.ThrowsAsync<GraphOverloadedException>(() => harness.FollowAsync(followers[3], "target"));
            Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(1), new FollowGraphOptions().MaxQueueWait);
            Assert.Equal(3, harness.Graph.QueuedWrites);
        }
        Assert.All(await Task.WhenAll(queued), r => Assert.Equal(FollowStatus.Success, r.Status));
        Assert.Equal(3, await FollowerCountAsync(harness));
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(followers[3], "target")).Status);
    }

    [Fact]
    public async Task A_write_that_would_wait_longer_than_MaxQueueWait_at_the_recent_commit_rate_is_refused()
    {
        var options = new FollowGraphOptions { MaxOperationsPerCommit = 2, MaxQueueWait = TimeSpan.FromTicks(1) };
        await using var harness = await GraphHarness.CreateAsync(options);
        await harness.CreateMemberAsync("target");
        var followers = await CreateMembersAsync(harness, 5);

        // A full batch commits, so that the writer knows its rate; a queue of one batch is never refused.
        await FollowWhileLockedAsync(harness, followers[0], followers[1]);
        Task<FollowResult>[] queued;
        await using (await WriteLocks.HoldSqliteWriteLockAsync(harness.Database))
        {
            queued = [harness.FollowAsync(followers[2], "target"), harness.FollowAsync(followers[3], "target")];
            await WriteLocks.WaitUntilAsync(() => harness.Graph.QueuedWrites == 2);
            await Assert.ThrowsAsync<GraphOverloadedException>(() => harness.FollowAsync(followers[4], "target"));
        }
        Assert.All(await Task.WhenAll(queued), r => Assert.Equal(FollowStatus.Success, r.Status));
        Assert.Equal(4, await FollowerCountAsync(harness));
    }

    [Fact]
    public async Task A_queued_write_whose_caller_gave_up_is_never_applied_and_its_identical_retry_is_SUCCESS()
    {
        await using var harness = await GraphHarness.CreateAsync();
        await harness.CreateMemberAsync("target");
        var followers = await CreateMembersAsync(harness, 2);
        var request = harness.PairRequest(followers[0], "target");
        var before = await harness.Queries.CountOperationsAsync();
        using var caller = new CancellationTokenSource();
        await using (await WriteLocks.HoldSqliteWriteLockAsync(harness.Database))
        {
            var given = harness.Graph.FollowAsync(request, caller.Token);
            await WriteLocks.WaitUntilAsync(() => harness.Graph.QueuedWrites == 1);
            await caller.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => given);
            Assert.Equal(0, harness.Graph.QueuedWrites);
        }

        // A write sent afterwards commits after whatever is still queued: the log is then complete.
        Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(followers[1], "target")).Status);
        Assert.Equal(before + 1, await harness.Queries.CountOperationsAsync());
        Assert.Equal(FollowStatus.Success, (await harness.Graph.FollowAsync(request)).Status);
        Assert.Equal(before + 2, await harness.Queries.CountOperationsAsync());
    }

    private static async Task<Member[]> CreateMembersAsync(GraphHarness harness, int count)
    {
        var members = new Member[count];
        for (var i = 0; i < count; i++)
        {
            members[i] = await harness.CreateMemberAsync();
        }
        return members;
    }

    private static async Task<long> FollowerCountAsync(GraphHarness harness) =>
        (await harness.Queries.GetProfilesAsync(["target"]))["target"].FollowerCount;

    private static async Task FollowWhileLockedAsync(GraphHarness harness, params Member[] followers)
    {
        Task<FollowResult>[] follows;
        await using (await WriteLocks.HoldSqliteWriteLockAsync(harness.Database))
        {
            follows = followers.Select(f => harness.FollowAsync(f, "target")).ToArray();
            await WriteLocks.WaitUntilAsync(() => harness.Graph.QueuedWrites == followers.Length);
        }
        Assert.All(await Task.WhenAll(follows), r => Assert.Equal(FollowStatus.Success, r.Status));
    }
}
