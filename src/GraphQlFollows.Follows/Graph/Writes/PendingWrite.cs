using System.Diagnostics;

namespace GraphQlFollows.Follows.Graph.Writes;

/// <summary>
/// A request that passed every check the writer does not need to make, waiting for the writer. Before a commit
/// the writer asks each write of the batch which rows it reads (<see cref="Declare"/>) and which logged messages
/// could make it a retry (<see cref="DeclareRetries"/>), loads them all at once, then calls <see cref="Decide"/>
/// on each in queue order, and answers the caller only once the commit is durable.
/// <para>
/// A write whose caller gives up (its token fires: the request's time budget ran out, or the client left) before its
/// commit holds the commit lock is dropped and never applied: while it is queued, the writer skips it; once taken
/// into a batch (<see cref="TryTake"/>), the commit, finding it dropped when it has the commit lock, lets its
/// transaction go and decides the batch again without it. From then on (<see cref="TryCommit"/>) it is committed and
/// answered whatever its token does.
/// </para>
/// </summary>
internal abstract class PendingWrite
{
    /// <summary>The span that waits for this write's commit, if traced: the commit's span is its child or links to it.</summary>
    public ActivityContext Trace { get; set; }

    private const int Queued = 0;
    private const int Taken = 1;
    private const int Dropped = 2;
    private const int Committing = 3;

    private int _state;
    private CancellationTokenRegistration _registration;
    private Action? _onDropped;

    public bool IsDropped => Volatile.Read(ref _state) == Dropped;

    /// <summary>
    /// Drops the write when <paramref name="cancellationToken"/> fires before its commit holds the commit lock,
    /// answering its caller with a cancellation, and calling <paramref name="onDropped"/> if it was still queued.
    /// </summary>
    public void DropOn(CancellationToken cancellationToken, Action onDropped)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _onDropped = onDropped;
            _registration = cancellationToken.UnsafeRegister(static (state, token) => ((PendingWrite)state!).Drop(token), this);
        }
    }

    /// <summary>Claims the write for a batch; false if its caller already gave up.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

    /// <summary>
    /// Called once its commit holds the commit lock: from here the write is committed and answered. False if its
    /// caller gave up first (the commit must then not apply it).
    /// </summary>
    public bool TryCommit()
    {
        var state = Interlocked.CompareExchange(ref _state, Committing, Taken);
        _registration.Unregister();
        return state is Taken or Committing;
    }

    private void Drop(CancellationToken token)
    {
        if (Interlocked.CompareExchange(ref _state, Dropped, Queued) == Queued)
        {
            _onDropped!();
            Cancel(token);
        }
        else if (Interlocked.CompareExchange(ref _state, Dropped, Taken) == Taken)
        {
            Cancel(token);
        }
    }

    protected abstract void Cancel(CancellationToken token);

    /// <summary>Names the rows this write reads: its signing key, handles, pairs, blocks and rate bucket.</summary>
    public abstract void Declare(CommitKeys keys);

    /// <summary>Adds the operations whose content would make this write a byte-identical retry, given the loaded rows.</summary>
    public virtual void DeclareRetries(CommitState state, ISet<long> operations)
    {
    }

    /// <summary>Runs the remaining checks against the commit's state and stages the changes if accepted.</summary>
    public abstract void Decide(CommitSession session);

    /// <summary>Answers the caller with the decision after the commit.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

internal abstract class PendingWrite<TResult> : PendingWrite
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _decision;

    public Task<TResult> Completion => _completion.Task;

    public sealed override void Decide(CommitSession session) => _decision = DecideCore(session);

    public sealed override void Complete() => _completion.TrySetResult(_decision!);

    public sealed override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected sealed override void Cancel(CancellationToken token) => _completion.TrySetCanceled(token);

    protected abstract TResult DecideCore(CommitSession session);
}
