using System.Buffers;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore.Operations;

/// <summary>
/// A growing buffer that a response is serialised into, under the response's bound
/// (<see cref="GraphQLServerOptions.MaxResponseBytes"/>) and its request's time budget: it hands out memory in chunks,
/// so that each chunk checks both, and serialising stops with <see cref="ResultTooLargeException"/> or
/// <see cref="OperationCanceledException"/> rather than growing without end or outliving the request.
/// </summary>
internal sealed class BoundedBufferWriter(int initialCapacity) : IBufferWriter<byte>
{
    private const int Chunk = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(initialCapacity);
    private long _limit = long.MaxValue;
    private CancellationToken _budget;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    public int WrittenCount => _buffer.WrittenCount;

    public int Capacity => _buffer.Capacity;

    /// <summary>Empties the buffer for the next response, with its bound and budget.</summary>
    public void Reset(long limit, CancellationToken budget)
    {
        _buffer.ResetWrittenCount();
        _limit = limit;
        _budget = budget;
    }

    public void Advance(int count)
    {
        if (_buffer.WrittenCount + (long)count > _limit)
        {
            throw new ResultTooLargeException(_limit);
        }

        _buffer.Advance(count);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        _budget.ThrowIfCancellationRequested();
        var memory = _buffer.GetMemory(sizeHint);
        return memory.Length > Chunk ? memory[..Math.Max(Chunk, sizeHint)] : memory;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
}
