using System.Data;
using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// Checks a stored follow graph against its own operation log: the digest chain from position 1, every signature,
/// the replay of every operation by the writer's rules, and every derived row (counts, edges, profiles, keys)
/// against that replay. Meant for a database no server is writing (a backup, a stopped server); the log and the
/// tables are read in one snapshot all the same.
/// </summary>
public static class LogVerifier
{
    public static async Task<LogReport> VerifyAsync(
        IDbContextFactory<FollowsDbContext> factory, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await BeginSnapshotAsync(context, cancellationToken);
        var check = await LogCheck.RunAsync(context, cancellationToken);
        await LogTables.CompareAsync(context, check.Replay, check.Findings, cancellationToken);
        return check.Report();
    }

    /// <summary>A read-only transaction: SQLite's deferred one takes no write lock, PostgreSQL's repeatable read is one snapshot.</summary>
    private static async Task<IAsyncDisposable> BeginSnapshotAsync(FollowsDbContext context, CancellationToken cancellationToken)
    {
        if (!context.Database.IsSqlite())
        {
            return await context.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }
        await context.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)context.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await context.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
