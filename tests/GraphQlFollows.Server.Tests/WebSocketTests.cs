using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.Tests.Shared;
using Snapshooter.Xunit;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// The graphql-transport-ws protocol around long-running subscriptions: events, completion by either side,
/// duplicate ids, and the clean-up when a client vanishes. The subscription's source is a stream the test drives.
/// The error messages of refused operations are pinned whole by snapshots in __snapshots__.
/// </summary>
public sealed class WebSocketTests : IAsyncLifetime
{
    private const string Subscription = """subscription { followEvents(filter: { handle: "alice" }) { handle followerCount } }""";

    private readonly EventSource _events = new();
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(
        ["--GraphQL:WebSockets:MaxOperationsPerConnection=2", "--GraphQL:WebSockets:MaxMessageBytes=2048"],
        TestSchema.Serve(_events.Bind));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Events_arrive_as_next_and_the_end_of_the_stream_as_complete()
    {
        await using var client = await ConnectAsync();
        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Subscription } });
        var stream = await _events.NextSubscriberAsync();

        await stream.Writer.WriteAsync(Event("alice", 1));
        await stream.Writer.WriteAsync(Event("alice", 2));
        stream.Writer.Complete();

        Assert.Equal("""{"id":"s1","type":"next","payload":{"data":{"followEvents":{"handle":"alice","followerCount":1}}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"s1","type":"next","payload":{"data":{"followEvents":{"handle":"alice","followerCount":2}}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"s1","type":"complete"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Complete_from_the_client_disposes_the_source_stream()
    {
        await using var client = await ConnectAsync();
        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Subscription } });
        var stream = await _events.NextSubscriberAsync();
        await stream.Writer.WriteAsync(Event("alice", 1));
        Assert.Contains("\"next\"", await client.ReceiveTextAsync());

        await client.SendAsync(new { id = "s1", type = "complete" });

        await stream.Disposed.WaitAsync(TimeSpan.FromSeconds(10));
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_vanished_client_has_its_source_streams_disposed()
    {
        var client = await ConnectAsync();
        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Subscription } });
        await client.SendAsync(new { id = "s2", type = "subscribe", payload = new { query = Subscription } });
        var first = await _events.NextSubscriberAsync();
        var second = await _events.NextSubscriberAsync();

        client.Socket.Abort();
        await client.DisposeAsync();

        await Task.WhenAll(first.Disposed, second.Disposed).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_second_subscribe_with_a_running_id_closes_with_4409()
    {
        await using var client = await ConnectAsync();
        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Subscription } });
        var stream = await _events.NextSubscriberAsync();

        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Subscription } });

        Assert.Equal((WebSocketCloseStatus)4409, await client.ReceiveCloseAsync());
        Assert.Equal("Subscriber for s1 already exists", client.Socket.CloseStatusDescription);
        await stream.Disposed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_id_can_be_used_again_once_its_operation_completed()
    {
        await using var client = await ConnectAsync();
        for (var round = 0; round < 2; round++)
        {
            await client.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
            Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"__typename":"Query"}}}""", await client.ReceiveTextAsync());
            Assert.Equal("""{"id":"q","type":"complete"}""", await client.ReceiveTextAsync());
        }
    }

    [Fact]
    public async Task Operations_over_the_per_connection_limit_get_an_error()
    {
        await using var client = await ConnectAsync();
        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Subscription } });
        await client.SendAsync(new { id = "s2", type = "subscribe", payload = new { query = Subscription } });
        await _events.NextSubscriberAsync();
        await _events.NextSubscriberAsync();

        await client.SendAsync(new { id = "s3", type = "subscribe", payload = new { query = Subscription } });

        var text = await client.ReceiveTextAsync();
        using var error = JsonDocument.Parse(text);
        Assert.Equal("error", error.RootElement.GetProperty("type").GetString());
        Assert.Equal("s3", error.RootElement.GetProperty("id").GetString());
        Assert.Contains("limit of 2", error.RootElement.GetProperty("payload")[0].GetProperty("message").GetString());
        Snapshot.Match(SnapshotJson.Indented(text));
    }

    [Theory]
    [InlineData("syntax", "{")]
    [InlineData("validation", "{ noSuchField }")]
    public async Task Documents_that_do_not_parse_or_validate_get_an_error_message(string error, string query)
    {
        var snapshot = Refusal.SnapshotFor(error);
        await using var client = await ConnectAsync();

        await client.SendAsync(new { id = "bad", type = "subscribe", payload = new { query } });

        var text = await client.ReceiveTextAsync();
        using (var message = JsonDocument.Parse(text))
        {
            Assert.Equal("error", message.RootElement.GetProperty("type").GetString());
        }
        Snapshot.Match(SnapshotJson.Indented(text), snapshot);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var client = await ConnectAsync();

        await client.SendAsync(new { id = "big", type = "subscribe", payload = new { query = "{ __typename }" + new string(' ', 4000) } });

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Limits_apply_to_operations_over_websocket_too()
    {
        await using var client = await ConnectAsync();
        // 21 levels of fields, one more than the default limit.
        var deep = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 16)) + "name" + new string('}', 20) + " }";

        await client.SendAsync(new { id = "deep", type = "subscribe", payload = new { query = deep } });

        var text = await client.ReceiveTextAsync();
        using var error = JsonDocument.Parse(text);
        Assert.Equal("error", error.RootElement.GetProperty("type").GetString());
        Assert.Equal("OPERATION_TOO_DEEP", error.RootElement.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Snapshot.Match(SnapshotJson.Indented(text));
    }

    [Fact]
    public async Task A_stopping_server_closes_its_sockets_with_1001_and_disposes_their_streams()
    {
        await using var client = await ConnectAsync();
        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Subscription } });
        var stream = await _events.NextSubscriberAsync();

        var stopping = _server.StopAsync();

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await client.ReceiveCloseAsync());
        await stream.Disposed.WaitAsync(TimeSpan.FromSeconds(10));
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private async Task<TransportWsClient> ConnectAsync()
    {
        var client = await TransportWsClient.ConnectAsync(new Uri(_server.Address, "/graphql"));
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveTextAsync());
        return client;
    }

    private static Dictionary<string, object?> Event(string handle, int followerCount) => new()
    {
        ["followEvents"] = new Dictionary<string, object?> { ["handle"] = handle, ["followerCount"] = followerCount },
    };

    /// <summary>Binds the subscription field to streams the test writes to, one per subscriber.</summary>
    private sealed class EventSource
    {
        private readonly Channel<DrivenStream> _subscribers = Channel.CreateUnbounded<DrivenStream>();

        public void Bind(SchemaBuilder builder) =>
            builder.BindSubscriber("Subscription", "followEvents", _ =>
            {
                var stream = new DrivenStream();
                _subscribers.Writer.TryWrite(stream);
                return new ValueTask<IAsyncEnumerable<object?>>(stream.ReadAllAsync());
            });

        public async Task<DrivenStream> NextSubscriberAsync() =>
            await _subscribers.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class DrivenStream
    {
        private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Channel<object?> Channel { get; } = System.Threading.Channels.Channel.CreateUnbounded<object?>();

        public ChannelWriter<object?> Writer => Channel.Writer;

        /// <summary>Completes when the server disposed the stream.</summary>
        public Task Disposed => _disposed.Task;

        public async IAsyncEnumerable<object?> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (var item in Channel.Reader.ReadAllAsync(cancellationToken))
                {
                    yield return item;
                }
            }
            finally
            {
                _disposed.TrySetResult();
            }
        }
    }
}

/// <summary>A client socket speaking graphql-transport-ws, reading one message at a time.</summary>
internal sealed class TransportWsClient : IAsyncDisposable
{
    private TransportWsClient(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    /// <param name="origin">The <c>Origin</c> header a browser page would send; none by default, as other clients do.</param>
    public static async Task<TransportWsClient> ConnectAsync(Uri httpAddress, string? origin = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        var address = new UriBuilder(httpAddress) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(address, CancellationToken.None);
        return new TransportWsClient(socket);
    }

    public Task SendAsync(object message) =>
        Socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<string> ReceiveTextAsync()
    {
        var (text, close) = await ReceiveAsync();
        return text ?? throw new InvalidOperationException($"The server closed the socket ({close}) instead of sending a message.");
    }

    public async Task<WebSocketCloseStatus?> ReceiveCloseAsync()
    {
        var (text, close) = await ReceiveAsync();
        return text is null ? close : throw new InvalidOperationException($"Expected a close, got {text}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        Socket.Dispose();
    }

    private async Task<(string? Text, WebSocketCloseStatus? Close)> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var received = await Socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (null, Socket.CloseStatus);
            }

            length += received.Count;
            if (received.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(buffer, 0, length), null);
            }
        }
    }
}
