using System.Diagnostics;
using GraphQlFollows.Follows.Store.Writing;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// A request that passed every check the writer does not need to make, waiting for the writer. Before a commit
/// the writer asks each write of the batch which rows it reads (<see cref="Declare"/>) and which logged messages
/// could make it a retry (<see cref="DeclareRetries"/>), loads them all at once, then calls <see cref="Decide"/>
/// on each in queue order, and answers the caller only once the commit is durable.
/// </summary>
internal abstract class PendingWrite
{
    /// <summary>The span that waits for this write's commit, if traced: the commit's span is its child or links to it.</summary>
    public ActivityContext Trace { get; set; }

    /// <summary>Names the rows this write reads: its signing key, handles, pairs and address.</summary>
    public abstract void Declare(CommitRows rows);

    /// <summary>Adds the log positions whose content would make this write a byte-identical retry, given the loaded rows.</summary>
    public virtual void DeclareRetries(CommitRows rows, ISet<long> positions)
    {
    }

    /// <summary>Runs the remaining checks against the commit's state and stages the changes if accepted.</summary>
    public abstract void Decide(WriteSession session);

    /// <summary>Answers the caller with the decision after the commit.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

internal abstract class PendingWrite<TResult> : PendingWrite
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _decision;

    public Task<TResult> Completion => _completion.Task;

    public sealed override void Decide(WriteSession session) => _decision = DecideCore(session);

    public sealed override void Complete() => _completion.TrySetResult(_decision!);

    public sealed override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected abstract TResult DecideCore(WriteSession session);
}
