using System.Security.Cryptography;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Imported instances of one signing key, lent to one thread at a time. Holds at most one idle
/// instance per processor; instances are imported only when all are lent out.
/// </summary>
internal sealed class EcdsaPool(SigningKey key) : IDisposable
{
    private readonly ECDsa?[] _idle = new ECDsa?[Environment.ProcessorCount];
    private readonly Lock _lock = new();
    private int _idleCount;
    private bool _disposed;

    public ECDsa Rent()
    {
        lock (_lock)
        {
            if (_idleCount > 0)
            {
                var ecdsa = _idle[--_idleCount]!;
                _idle[_idleCount] = null;
                return ecdsa;
            }
        }

        return key.Import();
    }

    public void Return(ECDsa ecdsa)
    {
        lock (_lock)
        {
            if (!_disposed && _idleCount < _idle.Length)
            {
                _idle[_idleCount++] = ecdsa;
                return;
            }
        }

        ecdsa.Dispose();
    }

    /// <summary>Releases the idle instances; instances lent out are released when they come back.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            for (var i = 0; i < _idleCount; i++)
            {
                _idle[i]!.Dispose();
                _idle[i] = null;
            }

            _idleCount = 0;
        }
    }
}
