using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing.Tables;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// Every check of the log itself, operation by operation in position order: the digest chain, the signatures, and
/// the replay, whose state is then what the derived tables must hold.
/// </summary>
internal sealed class LogCheck
{
    private readonly LogChain _chain;
    private readonly OperationSignatures _signatures;

    private LogCheck()
    {
        _chain = new LogChain(Findings);
        _signatures = new OperationSignatures(Findings);
        Replay = new LogReplay(Findings);
    }

    public LogFindings Findings { get; } = new();

    public LogReplay Replay { get; }

    public long Operations { get; private set; }

    /// <summary>Reads and checks the whole log through <paramref name="context"/>, in its current transaction.</summary>
    public static async Task<LogCheck> RunAsync(FollowsDbContext context, CancellationToken cancellationToken)
    {
        var check = new LogCheck();
        await foreach (var operation in TableRows.ReadAllAsync(context, WrittenTables.Operations.Table, cancellationToken))
        {
            check._chain.Check(operation);
            check._signatures.Check(operation);
            check.Replay.Apply(operation);
            check.Operations++;
        }
        return check;
    }

    /// <summary>The report of what was checked, with the findings so far.</summary>
    public LogReport Report()
    {
        var state = Replay.State;
        return new LogReport(
            Operations, _chain.Head.Digest, state.Keys.Count, state.Profiles.Count,
            state.Pairs.Values.Count(pair => pair.IsFollowing), Findings.Count, Findings.First);
    }
}
