using System.Collections.Concurrent;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// Fields whose resolvers go asynchronous. Their completions are queued and taken up by <see cref="DrainAsync"/>,
/// which also dispatches DataLoader batches whenever nothing else can proceed: so every load requested while
/// completing one level of a list ends up in one batch.
/// </summary>
internal sealed partial class OperationExecution
{
    private readonly ConcurrentQueue<PendingField> _completed = new();
    private SemaphoreSlim? _signal;
    private int _pendingCount;

    private void Defer(ValueTask<object?> resolved, ResolverContext context, IResultContainer container, int index)
    {
        _signal ??= new SemaphoreSlim(0);
        _pendingCount++;
        new PendingField(this, resolved, context, container, index).Start();
    }

    /// <summary>Wakes <see cref="DrainAsync"/>: a field completed, a load was requested or a batch finished.</summary>
    private void Wake() => _signal?.Release();

    private async Task DrainAsync()
    {
        while (_pendingCount > 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (_completed.TryDequeue(out var pending))
            {
                _pendingCount--;
                Finish(pending);
                continue;
            }

            if (_dataLoaders?.DispatchIfIdle() == true)
            {
                continue;
            }

            await _signal!.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private void Finish(PendingField pending)
    {
        var context = pending.Context;
        if (pending.Container.IsInNulledTree())
        {
            pending.ObserveResult();
        }
        else
        {
            CompleteResolved(pending.Resolved, context, pending.Container, pending.Index);
        }

        ReturnContext(context);
    }

    /// <summary>A field whose resolver returned an incomplete task, with the slot its value goes to.</summary>
    private sealed class PendingField(
        OperationExecution execution,
        ValueTask<object?> resolved,
        ResolverContext context,
        IResultContainer container,
        int index)
    {
        public ValueTask<object?> Resolved { get; } = resolved;
        public ResolverContext Context { get; } = context;
        public IResultContainer Container { get; } = container;
        public int Index { get; } = index;

        public void Start() => Resolved.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(Post);

        /// <summary>Takes the result of a task whose value is no longer wanted, so a fault is not left unobserved.</summary>
        public void ObserveResult()
        {
            try
            {
                _ = Resolved.Result;
            }
            catch (Exception)
            {
                // The field's position was nulled by a sibling's error; its own outcome is not reported.
            }
        }

        private void Post()
        {
            execution._completed.Enqueue(this);
            execution.Wake();
        }
    }
}
