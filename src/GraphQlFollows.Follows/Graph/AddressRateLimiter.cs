using System.Collections.Concurrent;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// A token bucket per address, held in memory: each address may spend <c>permits</c> at once and regains them
/// evenly over <c>window</c>. Only addresses whose signature verified ever get a bucket.
/// </summary>
internal sealed class AddressRateLimiter(int permits, TimeSpan window)
{
    // Past this many buckets, full ones (addresses idle for a whole window) are dropped.
    private const int PruneThreshold = 100_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly double _permitsPerMs = permits / Math.Max(1.0, window.TotalMilliseconds);
    private readonly long _windowMs = (long)window.TotalMilliseconds;
    private long _lastPruneMs;

    public bool TryAcquire(string address, int cost, long nowMs)
    {
        if (permits == 0)
        {
            return true;
        }
        var lastPrune = Interlocked.Read(ref _lastPruneMs);
        // At most one sweep per window, by whichever caller wins the exchange.
        if (_buckets.Count > PruneThreshold && nowMs - lastPrune >= _windowMs
            && Interlocked.CompareExchange(ref _lastPruneMs, nowMs, lastPrune) == lastPrune)
        {
            Prune(nowMs);
        }
        var bucket = _buckets.GetOrAdd(address, static (_, state) => new Bucket(state.permits, state.nowMs), (permits, nowMs));
        lock (bucket)
        {
            bucket.Refill(nowMs, permits, _permitsPerMs);
            if (bucket.Tokens < cost)
            {
                return false;
            }
            bucket.Tokens -= cost;
            return true;
        }
    }

    private void Prune(long nowMs)
    {
        foreach (var (address, bucket) in _buckets)
        {
            lock (bucket)
            {
                bucket.Refill(nowMs, permits, _permitsPerMs);
                if (bucket.Tokens >= permits)
                {
                    _buckets.TryRemove(address, out _);
                }
            }
        }
    }

    private sealed class Bucket(double tokens, long updatedMs)
    {
        public double Tokens = tokens;
        private long _updatedMs = updatedMs;

        public void Refill(long nowMs, int capacity, double perMs)
        {
            if (nowMs > _updatedMs)
            {
                Tokens = Math.Min(capacity, Tokens + (nowMs - _updatedMs) * perMs);
                _updatedMs = nowMs;
            }
        }
    }
}
