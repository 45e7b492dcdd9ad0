using Microsoft.Win32.SafeHandles;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// Makes the SQLite writer's commits durable off the writer's path. The writer's connection commits with
/// <c>synchronous=NORMAL</c>: a commit's pages reach the write-ahead log (the <c>-wal</c> file, in the kernel's page
/// cache) and the commit returns without waiting for the disk. This flushes the log to disk, and answers every
/// commit that returned before the flush began, so one flush serves all the commits made while the previous one
/// ran, and the writer decides the next batch meanwhile. A caller is answered only once its commit is durable.
/// <para>
/// Why this is as safe as <c>synchronous=FULL</c> for what the callers are told: the log file is one file, so a
/// flush that begins after a commit returned covers that commit's frames and every frame before them; a checkpoint
/// (which copies the log into the database) flushes the log first and the database after, in SQLite itself. What
/// differs is only what other readers may see: a commit is visible a moment before it is durable, and a crash of
/// the machine (not of the process: the page cache survives that) in that moment loses it and every commit after
/// it, none of which was answered.
/// </para>
/// </summary>
internal sealed class WalSync : IDisposable
{
    private readonly string _path;
    private readonly Lock _lock = new();
    private SafeFileHandle? _log;
    private long _committed;
    private long _flushed;
    private bool _running;
    private Task _flushing = Task.CompletedTask;
    private TaskCompletionSource _next = NewWaiter();

    public WalSync(string databasePath) => _path = databasePath + "-wal";

    /// <summary>
    /// Counts a commit that has returned; the task completes once it is on disk, and fails if flushing the log
    /// failed (the commit may then be lost: its callers must hear so).
    /// </summary>
    public Task Committed()
    {
        lock (_lock)
        {
            _committed++;
            var waiter = _next.Task;
            if (!_running)
            {
                _running = true;
                _flushing = Task.Run(FlushAll);
            }
            return waiter;
        }
    }

    /// <summary>Flushes until every commit counted so far is covered; one runs at a time.</summary>
    private void FlushAll()
    {
        while (true)
        {
            TaskCompletionSource covered;
            lock (_lock)
            {
                if (_flushed == _committed)
                {
                    _running = false;
                    return;
                }
                _flushed = _committed;
                covered = _next;
                _next = NewWaiter();
            }
            try
            {
                Flush();
                covered.SetResult();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                CloseLog();
                covered.SetException(exception);
            }
        }
    }

    private void Flush()
    {
        _log ??= File.OpenHandle(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.FlushToDisk(_log);
    }

    private void CloseLog()
    {
        _log?.Dispose();
        _log = null;
    }

    public void Dispose()
    {
        _flushing.Wait();
        CloseLog();
    }

    private static TaskCompletionSource NewWaiter() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
