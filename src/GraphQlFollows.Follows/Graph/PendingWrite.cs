namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// A request that passed every check needing no write lock, waiting for the writer. The writer calls
/// <see cref="DecideAsync"/> inside the commit's transaction (possibly again, alone, if its commit failed), and
/// answers the caller only once the commit is durable.
/// </summary>
internal abstract class PendingWrite
{
    /// <summary>Runs the remaining checks against the current state and stages the changes if accepted.</summary>
    public abstract ValueTask DecideAsync(WriteSession session);

    /// <summary>Answers the caller with the decision after the commit.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

internal abstract class PendingWrite<TResult> : PendingWrite
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _decision;

    public Task<TResult> Completion => _completion.Task;

    public sealed override async ValueTask DecideAsync(WriteSession session) => _decision = await DecideCoreAsync(session);

    public sealed override void Complete() => _completion.TrySetResult(_decision!);

    public sealed override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected abstract ValueTask<TResult> DecideCoreAsync(WriteSession session);
}
