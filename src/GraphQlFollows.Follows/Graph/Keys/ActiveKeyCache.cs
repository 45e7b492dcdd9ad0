using System.Diagnostics.CodeAnalysis;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Keys;

/// <summary>
/// Signing keys recently found registered and not revoked, with their owner, so that the check of a signing
/// key needs no database read for a device that keeps signing. Only active keys are kept, and the writer checks
/// the key again at commit, so an entry can delay a refusal but never turn it into an acceptance.
/// </summary>
internal sealed class ActiveKeyCache
{
    // Far more devices than are active at once; past it the keys not used lately make room.
    private const int Capacity = 65_536;

    private readonly BoundedCache<string> _owners = new(Capacity);
    private readonly Lock _lock = new();
    private long _revocations;

    /// <summary>How many revocations have been committed; read before a lookup and hand it to <see cref="Remember"/>.</summary>
    public long Revocations => Interlocked.Read(ref _revocations);

    public bool TryGetOwner(string key, [MaybeNullWhen(false)] out string owner) => _owners.TryGetValue(key, out owner);

    /// <summary>
    /// Keeps <paramref name="key"/> as active, unless a revocation was committed since the lookup that found it
    /// began: that lookup may have read the key just before it was revoked.
    /// </summary>
    public void Remember(string key, string owner, long revocationsAtLookup)
    {
        lock (_lock)
        {
            if (_revocations == revocationsAtLookup)
            {
                _owners.GetOrAdd(key, owner);
            }
        }
    }

    /// <summary>Drops a key whose revocation has been committed.</summary>
    public void Forget(string key)
    {
        lock (_lock)
        {
            _revocations++;
            _owners.Remove(key);
        }
    }
}
