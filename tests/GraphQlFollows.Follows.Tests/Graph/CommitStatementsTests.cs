using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// On PostgreSQL a commit reads and writes its batch with one statement per table, sent in three commands: the
/// statements and the round trips of a commit of one write and of a commit of two hundred are the same in number,
/// for follows and for blocks. On SQLite, which runs in the process, a commit sends nothing over a network and runs
/// a few prepared statements per row: at most <see cref="SqliteStatementsPerWrite"/> for each write. Every row of
/// the large commit reaches its table.
/// </summary>
public sealed class CommitStatementsTests
{
    private const int Members = 15;
    private const int LargeBatch = 200;

    // The statements of every PostgreSQL commit that appends: load (BEGIN, the row locks, one per table:
    // signing_keys, profiles, follows, blocks, rate_buckets, the counts of active keys, and the block of operation
    // ids), write (one per table: signing_keys, profiles, follows, blocks, rate_buckets; the commit lock and the log's
    // head), append (the operations, the addresses' and the profiles' counts, the notification, COMMIT).
    private const int PostgresStatements = 9 + 7 + 5;

    // BEGIN IMMEDIATE, the head, COMMIT; per write at most: its key, profile, pair, block and rate bucket read, then
    // its pair or block, the two counts, its rate bucket and its operation written (a block that ends a follow writes
    // the pair too).
    private const int SqliteCommitStatements = 3;
    private const int SqliteStatementsPerWrite = 11;

    private static readonly Write Follow = new(
        (harness, actor, other) => harness.FollowAsync(actor, other.Handle!),
        context => context.Follows.CountAsync(f => f.FollowOperation != null));

    // The other member's profile blocks the actor: blocks reach the same (profile, address) pairs as follows.
    private static readonly Write Block = new(
        (harness, actor, other) => harness.BlockAsync(other, actor.Address),
        context => context.Blocks.CountAsync(b => b.BlockOperation != null));

    [Fact]
    public Task On_sqlite_a_commit_runs_a_few_statements_per_write_and_no_round_trip() =>
        CompareCommitsAsync(StorageProvider.Sqlite, WriteLocks.HoldSqliteWriteLockAsync, statements: null, Follow);

    [PostgresFact]
    public Task On_postgresql_a_commit_of_one_write_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.PostgreSql, WriteLocks.HoldPostgresCommitLockAsync, PostgresStatements, Follow);

    [Fact]
    public Task On_sqlite_a_commit_of_blocks_runs_a_few_statements_per_block_and_no_round_trip() =>
        CompareCommitsAsync(StorageProvider.Sqlite, WriteLocks.HoldSqliteWriteLockAsync, statements: null, Block);

    [PostgresFact]
    public Task On_postgresql_a_commit_of_one_block_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.PostgreSql, WriteLocks.HoldPostgresCommitLockAsync, PostgresStatements, Block);

    /// <param name="statements">PostgreSQL's statements of every commit; null on SQLite.</param>
    private static async Task CompareCommitsAsync(
        StorageProvider provider, Func<TempDatabase, Task<IAsyncDisposable>> holdLock, int? statements, Write write)
    {
        // The commit waiting for the lock this test holds may wait longer than the store's statement timeout.
        await using var harness = await GraphHarness.CreateAsync(provider: provider, commandTimeoutSeconds: 120);
        var members = new List<Member>();
        for (var i = 0; i < Members; i++)
        {
            members.Add(await harness.CreateMemberAsync($"member_{i}"));
        }
        var pairs = (from follower in members from followed in members where follower != followed select (follower, followed))
            .Take(LargeBatch + 2).ToArray();
        var commits = new List<CommitStatistics>();
        harness.Graph.Committed += statistics => { lock (commits) { commits.Add(statistics); } };

        // One follow alone; then, while another connection holds the lock, the writer waits for it and the others
        // queue, to be taken together once it has the lock. SQLite's writer waits before it takes a batch; on
        // PostgreSQL it decides first and waits for the commit lock with what it took, so one write goes first.
        var tasks = new List<Task<FollowResult>> { write.Submit(harness, pairs[0].follower, pairs[0].followed) };
        await tasks[0];
        var waiting = pairs.Skip(1).Take(LargeBatch);
        await using (await holdLock(harness.Database))
        {
            if (provider == StorageProvider.PostgreSql)
            {
                tasks.Add(write.Submit(harness, pairs[1].follower, pairs[1].followed));
                await WriteLocks.WaitForCommitLockWaiterAsync(harness.Database);
                waiting = pairs.Skip(2).Take(LargeBatch);
            }
            tasks.AddRange(waiting.Select(p => write.Submit(harness, p.follower, p.followed)));
            await WriteLocks.WaitUntilAsync(() => harness.Graph.QueuedWrites == LargeBatch);
        }
        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.Equal(FollowStatus.Success, r.Status));
        var single = commits[0];
        Assert.Equal((1, 1), (single.Writes, single.Appended));
        var large = Assert.Single(commits, c => c.Writes == LargeBatch);
        Assert.Equal(LargeBatch, large.Appended);
        if (statements is { } fixedStatements)
        {
            Assert.Equal(fixedStatements, single.Statements);
            Assert.Equal(fixedStatements, large.Statements);
            // Lock and read every table; write every table and take the commit lock; append, count and commit.
            Assert.Equal(3, single.RoundTrips);
            Assert.Equal(3, large.RoundTrips);
        }
        else
        {
            Assert.InRange(single.Statements, 1, SqliteCommitStatements + SqliteStatementsPerWrite);
            Assert.InRange(large.Statements, LargeBatch, SqliteCommitStatements + (SqliteStatementsPerWrite * LargeBatch));
            Assert.Equal(0, single.RoundTrips);
            Assert.Equal(0, large.RoundTrips);
        }
        await using (var context = harness.Database.Open())
        {
            Assert.Equal(tasks.Count, await write.CountRows(context));
        }
    }

    /// <summary>A write between two members, and the rows in force that such writes leave in their table.</summary>
    private sealed record Write(
        Func<GraphHarness, Member, Member, Task<FollowResult>> Submit, Func<FollowsDbContext, Task<int>> CountRows);
}
