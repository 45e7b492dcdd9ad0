namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// The DataLoaders of one request, and when their batches go out: only while no batch is running and the executor
/// has nothing else to do, so that the fields a batch completes can all ask their next keys before the next batch.
/// </summary>
public sealed class DataLoaderScheduler
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;
    private readonly Action _wake;
    private int _runningBatches;

    internal DataLoaderScheduler(CancellationToken cancellationToken, Action wake)
    {
        _cancellationToken = cancellationToken;
        _wake = wake;
    }

    internal TLoader GetOrCreate<TLoader>(string key, Func<TLoader> create) where TLoader : class
    {
        lock (_loaders)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return existing as TLoader ?? throw new InvalidOperationException(
                    $"The DataLoader \"{key}\" of this request is a {existing.GetType().Name}, not a {typeof(TLoader).Name}.");
            }

            var loader = create();
            (loader as DataLoaderBase)?.Attach(this);
            _loaders.Add(key, loader);
            return loader;
        }
    }

    internal void OnLoadQueued() => _wake();

    /// <summary>Dispatches every loader with waiting loads, unless a batch is still completing; true when any went out.</summary>
    internal bool DispatchIfIdle()
    {
        List<DataLoaderBase> ready;
        lock (_loaders)
        {
            if (_runningBatches > 0)
            {
                return false;
            }

            ready = _loaders.Values.OfType<DataLoaderBase>().Where(l => l.HasPendingLoads).ToList();
            _runningBatches += ready.Count;
        }

        foreach (var loader in ready)
        {
            loader.Dispatch(_cancellationToken, OnBatchDone);
        }

        return ready.Count > 0;
    }

    private void OnBatchDone()
    {
        lock (_loaders)
        {
            _runningBatches--;
        }

        _wake();
    }
}
