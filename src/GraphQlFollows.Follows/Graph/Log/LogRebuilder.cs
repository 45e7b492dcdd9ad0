using System.Data.Common;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing;
using GraphQlFollows.Follows.Store.Writing.Tables;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>What a rebuild did.</summary>
/// <param name="Log">The check of the log; when it does not hold, nothing was written.</param>
/// <param name="Repaired">The stored rows that differed from the replay before the rebuild (their first 100).</param>
/// <param name="RepairedCount">How many differed.</param>
public sealed record LogRebuild(LogReport Log, IReadOnlyList<LogFinding> Repaired, long RepairedCount)
{
    public bool Rebuilt => Log.Holds;
}

/// <summary>
/// Rewrites every table derived from the operation log (signing keys, profiles with their follower counts, addresses
/// with their following counts, the follows pairs and edges, the blocks) from a replay of the log, in one transaction that holds
/// the writer's lock; refuses, writing nothing, when the log itself does not verify (chain, signatures, replay).
/// Rate buckets are not derived from the log and are kept.
/// </summary>
public static class LogRebuilder
{
    public static async Task<LogRebuild> RebuildAsync(
        IDbContextFactory<FollowsDbContext> factory, CancellationToken cancellationToken = default)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        // The lock is taken as the writer takes it, by the dialect's own statements: EF Core does not see that
        // transaction, so it must begin none of its own, and it ends with the COMMIT below or the ROLLBACK after.
        context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        await context.Database.OpenConnectionAsync(cancellationToken);
        foreach (var statement in SqlDialect.For(context).BeginLocked)
        {
            await context.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
        var committed = false;
        try
        {
            var check = await LogCheck.RunAsync(context, cancellationToken);
            var log = check.Report();
            if (!log.Holds)
            {
                return new LogRebuild(log, [], 0);
            }
            var differences = new LogFindings();
            await LogTables.CompareAsync(context, check.Replay, differences, cancellationToken);
            await ReplaceAsync(context, check.Replay.State, cancellationToken);
            await context.Database.ExecuteSqlRawAsync("COMMIT", cancellationToken);
            committed = true;
            return new LogRebuild(log, differences.First, differences.Count);
        }
        finally
        {
            if (!committed)
            {
                await RollbackAsync(context);
            }
        }
    }

    /// <summary>Ends a rebuild that wrote nothing or failed; a connection that failed ended its transaction already.</summary>
    private static async Task RollbackAsync(FollowsDbContext context)
    {
        try
        {
            await context.Database.ExecuteSqlRawAsync("ROLLBACK");
        }
        catch (DbException)
        {
        }
    }

    private static async Task ReplaceAsync(FollowsDbContext context, CommitState state, CancellationToken cancellationToken)
    {
        // Children first: follows refer to profiles and addresses, blocks to profiles.
        await context.Blocks.ExecuteDeleteAsync(cancellationToken);
        await context.Follows.ExecuteDeleteAsync(cancellationToken);
        await context.Addresses.ExecuteDeleteAsync(cancellationToken);
        await context.Profiles.ExecuteDeleteAsync(cancellationToken);
        await context.SigningKeys.ExecuteDeleteAsync(cancellationToken);
        await TableRows.InsertAsync(context, WrittenTables.SigningKeys.Table, state.Keys.Values, cancellationToken);
        await TableRows.InsertAsync(context, WrittenTables.Profiles.Table, state.Profiles.Values, cancellationToken);
        await TableRows.InsertAsync(context, WrittenTables.Addresses.Table, state.FollowingCounts, cancellationToken);
        await TableRows.InsertAsync(context, WrittenTables.Pairs.Table, state.Pairs.Values, cancellationToken);
        await TableRows.InsertAsync(context, WrittenTables.Blocks.Table, state.Blocks.Values, cancellationToken);
    }
}
