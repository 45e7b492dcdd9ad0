using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// A commit reads and writes its batch with one statement per table, sent in three commands: the statements and
/// the round trips of a commit of one write and of a commit of two hundred are the same in number.
/// </summary>
public sealed class CommitStatementsTests
{
    private const int Members = 15;
    private const int LargeBatch = 200;

    [Fact]
    public Task On_sqlite_a_commit_of_one_write_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.Sqlite, HoldSqliteWriteLockAsync);

    [PostgresFact]
    public Task On_postgresql_a_commit_of_one_write_and_one_of_200_run_the_same_statements() =>
        CompareCommitsAsync(StorageProvider.PostgreSql, HoldPostgresCommitLockAsync);

    private static async Task CompareCommitsAsync(
        StorageProvider provider, Func<TempDatabase, Task<IAsyncDisposable>> holdLock)
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
        var tasks = new List<Task<FollowResult>> { harness.FollowAsync(pairs[0].follower, pairs[0].followed.Handle!) };
        await tasks[0];
        await using (await holdLock(harness.Database))
        {
            tasks.AddRange(pairs.Skip(1).Select(p => harness.FollowAsync(p.follower, p.followed.Handle!)));
            await WaitUntilAsync(() => harness.Graph.QueuedWrites == LargeBatch);
        }
        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.Equal(FollowStatus.Success, r.Status));
        var single = Assert.Single(commits, c => c.Writes == 1 && c.Appended == 1);
        var large = Assert.Single(commits, c => c.Writes == LargeBatch);
        Assert.Equal(LargeBatch, large.Appended);
        Assert.Equal(single.Statements, large.Statements);
        Assert.InRange(single.Statements, 14, 16);
        // Begin with the lock; read every table; write every table and commit.
        Assert.Equal(3, single.RoundTrips);
        Assert.Equal(3, large.RoundTrips);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The writer's queue did not reach the expected state within 60 s.");
            await Task.Delay(5);
        }
    }

    private static async Task<IAsyncDisposable> HoldSqliteWriteLockAsync(TempDatabase database)
    {
        var connection = new SqliteConnection($"Data Source={database.FilePath}");
        await connection.OpenAsync();
        var transaction = connection.BeginTransaction(deferred: false);
        return new Release(async () =>
        {
            await transaction.RollbackAsync();
            await connection.DisposeAsync();
        });
    }

    private static async Task<IAsyncDisposable> HoldPostgresCommitLockAsync(TempDatabase database)
    {
        var connection = new NpgsqlConnection(database.Options.EffectiveConnectionString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({SqlDialect.PostgresCommitLock})");
        return new Release(async () =>
        {
            // A session lock outlives the connection's return to the pool: release it by name.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({SqlDialect.PostgresCommitLock})");
            await connection.DisposeAsync();
        });
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Release(Func<ValueTask> release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => release();
    }
}
