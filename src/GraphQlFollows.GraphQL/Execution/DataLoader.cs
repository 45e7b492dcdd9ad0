namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// What the executor needs of a DataLoader: whether loads wait, and a way to send them as one batch.
/// Get loaders through <see cref="IResolverContext.GetDataLoader{TLoader}"/> so that they are scheduled by the request.
/// </summary>
public abstract class DataLoaderBase
{
    private DataLoaderScheduler? _scheduler;

    internal abstract bool HasPendingLoads { get; }

    internal void Attach(DataLoaderScheduler scheduler) => _scheduler = scheduler;

    /// <summary>Sends the waiting loads as one batch; <paramref name="onDone"/> runs once every load has its outcome.</summary>
    internal abstract void Dispatch(CancellationToken cancellationToken, Action onDone);

    private protected void OnLoadQueued() => _scheduler?.OnLoadQueued();
}

/// <summary>
/// Batches and caches loads of values by key for one request: every key asked while the executor has synchronous
/// work left goes into one call of the batch function, and a key asked twice is loaded once.
/// A key the batch function leaves out of its result loads as the default value (null).
/// The batches of different loaders of a request may run at the same time.
/// </summary>
public sealed class DataLoader<TKey, TValue> : DataLoaderBase
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _loads;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _queue = [];

    public DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch,
        IEqualityComparer<TKey>? comparer = null)
    {
        _batch = batch;
        _loads = new Dictionary<TKey, TaskCompletionSource<TValue?>>(comparer);
    }

    internal override bool HasPendingLoads
    {
        get
        {
            lock (_loads)
            {
                return _queue.Count > 0;
            }
        }
    }

    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?>? load;
        lock (_loads)
        {
            if (_loads.TryGetValue(key, out load))
            {
                return load.Task;
            }

            // Continuations run where the batch completes them, so all fields waiting on one batch resume together.
            load = new TaskCompletionSource<TValue?>();
            _loads.Add(key, load);
            _queue.Add(new KeyValuePair<TKey, TaskCompletionSource<TValue?>>(key, load));
        }

        OnLoadQueued();
        return load.Task;
    }

    internal override void Dispatch(CancellationToken cancellationToken, Action onDone)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch;
        lock (_loads)
        {
            batch = _queue;
            _queue = [];
        }

        _ = RunBatchAsync(batch, cancellationToken, onDone);
    }

    private async Task RunBatchAsync(
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch,
        CancellationToken cancellationToken,
        Action onDone)
    {
        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = batch[i].Key;
            }

            var values = await _batch(keys, cancellationToken).ConfigureAwait(false);
            foreach (var (key, load) in batch)
            {
                load.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception e)
        {
            foreach (var (_, load) in batch)
            {
                load.TrySetException(e);
            }
        }
        finally
        {
            onDone();
        }
    }
}
