using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using GraphQlFollows.GraphQL.Execution;
using static GraphQlFollows.GraphQL.AspNetCore.WebSockets.TransportWsProtocol;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Writes the server's messages to one socket. A WebSocket allows one send at a time, so sends take turns, and
/// the one buffer they serialise into is reused. A result that would take more than <paramref name="maxResultBytes"/>
/// is sent as the error <see cref="ResultSizeLimit.TooLargeCode"/> instead.
/// </summary>
internal sealed class TransportWsSender(WebSocket socket, long maxResultBytes, CancellationToken cancellationToken) : IDisposable
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText PayloadName = JsonEncodedText.Encode("payload");

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly SemaphoreSlim _turn = new(1, 1);
    private static readonly Action<Utf8JsonWriter, ExecutionResult> WriteResult = static (writer, value) =>
    {
        writer.WritePropertyName(PayloadName);
        ExecutionResultWriter.Write(value, writer);
    };

    private readonly BoundedBufferWriter _buffer = new(1024);
    private Utf8JsonWriter? _writer;

    public Task SendAckAsync() => SendAsync(ConnectionAck, null, static (_, _) => { }, (object?)null);

    /// <summary>Answers a ping, echoing its payload (JSON text) when it is an object.</summary>
    public Task SendPongAsync(ReadOnlyMemory<byte> objectPayload) => SendAsync(Pong, null, static (writer, value) =>
    {
        if (!value.IsEmpty)
        {
            writer.WritePropertyName(PayloadName);
            writer.WriteRawValue(value.Span, skipInputValidation: true);
        }
    }, objectPayload);

    public Task SendNextAsync(string id, ExecutionResult result) => SendAsync(Next, id, WriteResult, result);

    public Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(Error, id, static (writer, value) =>
    {
        writer.WritePropertyName(PayloadName);
        ExecutionResultWriter.WriteErrors(value, writer);
    }, errors);

    public Task SendCompleteAsync(string id) => SendAsync(Complete, id, static (_, _) => { }, (object?)null);

    public async Task CloseAsync(WebSocketCloseStatus status, string? reason)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _turn.Dispose();
    }

    private async Task SendAsync<T>(string type, string? id, Action<Utf8JsonWriter, T> writePayload, T payload)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (socket.State != WebSocketState.Open)
            {
                return;
            }

            try
            {
                Serialise(type, id, writePayload, payload, type == Next ? maxResultBytes : long.MaxValue);
            }
            catch (ResultTooLargeException tooLarge)
            {
                Serialise(Next, id, WriteResult, ExecutionResult.RequestError([ResultSizeLimit.TooLarge(tooLarge.MaxBytes)]), long.MaxValue);
            }

            await socket.SendAsync(_buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    private void Serialise<T>(string type, string? id, Action<Utf8JsonWriter, T> writePayload, T payload, long maxBytes)
    {
        _buffer.Reset(maxBytes, CancellationToken.None);
        var writer = _writer ??= new Utf8JsonWriter(_buffer, WriterOptions);
        writer.Reset(_buffer);
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString(IdName, id);
        }

        writer.WriteString(TypeName, type);
        writePayload(writer, payload);
        writer.WriteEndObject();
        writer.Flush();
    }
}
