using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// A commit reads and writes its batch with one statement per table, sent in three commands: the statements and
/// the round trips of a commit of one write and of a commit of two hundred are the same in number, for follows
/// and for blocks, and every row of the large commit reaches its table.
/// </summary>
public sealed class CommitStatementsTests
{
    private const int Members = 15;
    private const int LargeBatch = 200;

    // The statements of every commit that appends: Begin (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN and the
    // advisory lock), Read (the log's head and one per table: signing_keys, profiles, follows, blocks, addresses,
    // rate_buckets, and the count of active keys of the addresses registering one), WriteAndCommit (one per table: operations, signing_keys, profiles, addresses, follows, blocks,
    // rate_buckets; on PostgreSQL the notification; COMMIT).
    private const int SqliteStatements = 1 + 8 + 8;
    private const int PostgresStatements = 2 + 8 + 9;

    private static readonly Write Follow = new(
        (harness, actor, other) => harness.FollowAsync(actor, other.Handle!),
        context => context.Follows.CountAsync(f => f.FollowPosition != null));

    // The other member's profile blocks the actor: blocks reach the same (profile, address) pairs as follows.
    private static readonly Write Block = new(
        (harness, actor, other) => harness.BlockAsync(other, actor.Address),
        context => context.Blocks.CountAsync(b => b.BlockPosition != null));

    [Fact]
    public Task On_sqlite_a_commit_of_one_write_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.Sqlite, WriteLocks.HoldSqliteWriteLockAsync, SqliteStatements, Follow);

    [PostgresFact]
    public Task On_postgresql_a_commit_of_one_write_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.PostgreSql, WriteLocks.HoldPostgresCommitLockAsync, PostgresStatements, Follow);

    [Fact]
    public Task On_sqlite_a_commit_of_one_block_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.Sqlite, WriteLocks.HoldSqliteWriteLockAsync, SqliteStatements, Block);

    [PostgresFact]
    public Task On_postgresql_a_commit_of_one_block_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.PostgreSql, WriteLocks.HoldPostgresCommitLockAsync, PostgresStatements, Block);

    private static async Task CompareCommitsAsync(
        StorageProvider provider, Func<TempDatabase, Task<IAsyncDisposable>> holdLock, int statements, Write write)
    {
        await using var harness = await GraphHarness.CreateAsync(provider: provider);
        var members = new List<Member>();
        for (var i = 0; i < Members; i++)
        {
            members.Add(await harness.CreateMemberAsync($"member_{i}"));
        }
        var pairs = (from follower in members from followed in members where follower != followed select (follower, followed))
            .Take(LargeBatch + 1).ToArray();
        var commits = new List<CommitStatistics>();
        harness.Graph.Committed += statistics => { lock (commits) { commits.Add(statistics); } };

        // One follow alone; then, while another connection holds the write lock, the writer waits for it and the
        // others queue, to be taken together once it has the lock.
        var tasks = new List<Task<FollowResult>> { write.Submit(harness, pairs[0].follower, pairs[0].followed) };
        await tasks[0];
        await using (await holdLock(harness.Database))
        {
            tasks.AddRange(pairs.Skip(1).Select(p => write.Submit(harness, p.follower, p.followed)));
            await WriteLocks.WaitUntilAsync(() => harness.Graph.QueuedWrites == LargeBatch);
        }
        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.Equal(FollowStatus.Success, r.Status));
        var single = Assert.Single(commits, c => c.Writes == 1 && c.Appended == 1);
        var large = Assert.Single(commits, c => c.Writes == LargeBatch);
        Assert.Equal(LargeBatch, large.Appended);
        Assert.Equal(single.Statements, large.Statements);
        Assert.Equal(statements, single.Statements);
        // Begin with the lock; read every table; write every table and commit.
        Assert.Equal(3, single.RoundTrips);
        Assert.Equal(3, large.RoundTrips);
        await using (var context = harness.Database.Open())
        {
            Assert.Equal(LargeBatch + 1, await write.CountRows(context));
        }
    }

    /// <summary>A write between two members, and the rows in force that such writes leave in their table.</summary>
    private sealed record Write(
        Func<GraphHarness, Member, Member, Task<FollowResult>> Submit, Func<FollowsDbContext, Task<int>> CountRows);
}
