using System.Buffers;
using System.Net.WebSockets;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Reads whole messages, frame after frame, into a pooled buffer that grows up to the size limit. A message over
/// the limit is read to its end but not kept, so the connection stays in step and can be closed properly.
/// </summary>
internal sealed class WebSocketMessageReader(WebSocket socket, int maxMessageBytes) : IDisposable
{
    // Where the rest of an oversized message goes; its content is never read.
    private static readonly byte[] Discard = new byte[4096];

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(4096, maxMessageBytes + 1));
    private int _length;

    /// <summary>The last message read, valid until the next read.</summary>
    public ReadOnlyMemory<byte> Message => _buffer.AsMemory(0, _length);

    /// <summary>Reads the next message: a close, a message over the limit, or a message now in <see cref="Message"/>.</summary>
    public async Task<ReceivedMessage> ReadAsync(CancellationToken cancellationToken)
    {
        _length = 0;
        var tooBig = false;
        while (true)
        {
            if (_length == _buffer.Length && !tooBig)
            {
                Grow();
            }

            var segment = tooBig ? Discard.AsMemory() : _buffer.AsMemory(_length);
            var received = await socket.ReceiveAsync(segment, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return ReceivedMessage.Close;
            }

            if (!tooBig)
            {
                _length += received.Count;
                tooBig = _length > maxMessageBytes;
            }

            if (received.EndOfMessage)
            {
                return tooBig ? ReceivedMessage.TooBig : ReceivedMessage.Complete;
            }
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    // Grows to one byte past the limit at most, so that a message over the limit is seen to be.
    private void Grow()
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, maxMessageBytes + 1));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}

internal enum ReceivedMessage
{
    Complete,
    TooBig,
    Close,
}
