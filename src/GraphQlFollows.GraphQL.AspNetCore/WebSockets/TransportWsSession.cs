using System.Collections.Concurrent;
using System.Net.WebSockets;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using static GraphQlFollows.GraphQL.AspNetCore.WebSockets.TransportWsProtocol;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One client's connection under <c>graphql-transport-ws</c>: the handshake, pings, and the operations it runs.
/// When the connection ends, however it ends, every operation is cancelled and its source stream disposed.
/// </summary>
internal sealed class TransportWsSession
{
    // How long a client gets to answer the server's close frame before the connection is dropped.
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly OperationRunner _runner;
    private readonly IOperationAdmission[] _admissions;
    private readonly HttpContext _upgrade;
    private readonly WebSocketSettings _settings;
    private readonly ILogger _logger;
    private readonly TransportWsSender _sender;
    private readonly ConcurrentDictionary<string, RunningOperation> _operations = new();
    private readonly CancellationTokenSource _receiving;
    private readonly CancellationTokenSource _ending = new();
    private readonly IConnectionInitGate[] _initGates;
    private int _initialised;

    /// <param name="initGates">Check <c>connection_init</c> in turn, when the application registered any.</param>
    /// <param name="upgrade">The upgrade request: its services, its cancellation, and the context the admissions see.</param>
    public TransportWsSession(
        WebSocket socket,
        OperationRunner runner,
        IOperationAdmission[] admissions,
        IConnectionInitGate[] initGates,
        WebSocketSettings settings,
        HttpContext upgrade,
        ILogger logger)
    {
        _initGates = initGates;
        _socket = socket;
        _runner = runner;
        _admissions = admissions;
        _upgrade = upgrade;
        _settings = settings;
        _logger = logger;
        _receiving = CancellationTokenSource.CreateLinkedTokenSource(upgrade.RequestAborted);
        _sender = new TransportWsSender(socket, runner.MaxResponseBytes, _receiving.Token);
    }

    /// <summary>
    /// Runs until the connection closes. With <paramref name="protocolAccepted"/> false it only closes it (4406);
    /// when <paramref name="stopping"/> fires, the server is shutting down and closes it (1001).
    /// </summary>
    public async Task RunAsync(bool protocolAccepted, CancellationToken stopping)
    {
        using var shutdown = stopping.Register(() => _ = CloseQuietlyAsync(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        try
        {
            if (!protocolAccepted)
            {
                await CloseAsync(SubprotocolNotAcceptable, "Subprotocol not acceptable");
            }
            else
            {
                _ = CloseUnlessInitialisedAsync();
            }

            await ReceiveAsync();
        }
        catch (Exception e) when (IsConnectionGone(e))
        {
            // The client vanished or did not answer the close in time.
        }
        finally
        {
            await EndAsync();
        }
    }

    private async Task ReceiveAsync()
    {
        using var reader = new WebSocketMessageReader(_socket, _settings.MaxMessageBytes);
        while (true)
        {
            switch (await reader.ReadAsync(_receiving.Token))
            {
                case ReceivedMessage.Close:
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _sender.CloseAsync(WebSocketCloseStatus.NormalClosure, null);
                    }

                    return;
                case ReceivedMessage.TooBig:
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big");
                    break;
                case ReceivedMessage.Complete when _socket.State == WebSocketState.Open:
                    await HandleAsync(ClientMessage.Parse(reader.Message));
                    break;
            }
        }
    }

    private async Task HandleAsync(ClientMessage? message)
    {
        switch (message?.Type)
        {
            case ConnectionInit when message.HasObjectPayloadOrNone:
                await InitialiseAsync(message);
                break;
            case Ping when message.HasObjectPayloadOrNone:
                await _sender.SendPongAsync(message.HasObjectPayload ? message.Payload : ReadOnlyMemory<byte>.Empty);
                break;
            case Pong when message.HasObjectPayloadOrNone:
                break;
            case Subscribe:
                await SubscribeAsync(message);
                break;
            case Complete when !string.IsNullOrEmpty(message.Id):
                if (_operations.TryRemove(message.Id, out var operation))
                {
                    operation.Cancel();
                }

                break;
            default:
                await CloseAsync(BadRequest, "Invalid message received");
                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage init)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            await CloseAsync(TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (await InitRefusalAsync(init) is { } refusal)
        {
            await CloseAsync(Forbidden, refusal);
            return;
        }

        await _sender.SendAckAsync();
    }

    /// <summary>The first gate's refusal of the connection, or null when every gate accepts it.</summary>
    private async ValueTask<string?> InitRefusalAsync(ClientMessage init)
    {
        if (_initGates.Length == 0)
        {
            return null;
        }
        var payload = init.PayloadObject();
        foreach (var gate in _initGates)
        {
            if (await gate.RefuseAsync(_upgrade, payload, _receiving.Token) is { } refusal)
            {
                return refusal;
            }
        }
        return null;
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_settings.ConnectionInitTimeout, _ending.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initialised) == 0)
        {
            await CloseQuietlyAsync(ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task SubscribeAsync(ClientMessage message)
    {
        if (Volatile.Read(ref _initialised) == 0)
        {
            await CloseAsync(Unauthorized, "Unauthorized");
            return;
        }

        if (string.IsNullOrEmpty(message.Id) || message.ReadRequest(_upgrade) is not { } request)
        {
            await CloseAsync(BadRequest, "Invalid message received");
            return;
        }

        var id = message.Id;
        if (_operations.Count >= _settings.MaxOperationsPerConnection && !_operations.ContainsKey(id))
        {
            await _sender.SendErrorAsync(id, [ServerErrors.BadRequest(
                $"This connection already runs the limit of {_settings.MaxOperationsPerConnection} operations.")]);
            return;
        }

        var operation = new RunningOperation(_ending.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        operation.Start(() => RunOperationAsync(id, request, operation));
    }

    private async Task RunOperationAsync(string id, RequestParameters parameters, RunningOperation operation)
    {
        var token = operation.Token;
        try
        {
            var (prepared, request) = _runner.Prepare(parameters);
            if (!prepared.IsValid)
            {
                await _sender.SendErrorAsync(id, prepared.Errors);
                return;
            }

            if (OperationAdmission.Refusal(_admissions, prepared, _upgrade) is { } refusal)
            {
                await _sender.SendErrorAsync(id, [refusal]);
                return;
            }

            if (prepared.Operation!.Operation == OperationType.Subscription)
            {
                await StreamAsync(id, prepared, request, token);
            }
            else if (await ExecuteAsync(prepared, request, token) is { } result)
            {
                await _sender.SendNextAsync(id, result);
            }
            else
            {
                await _sender.SendErrorAsync(id, [_runner.TimedOut()]);
                return;
            }

            token.ThrowIfCancellationRequested();
            await _sender.SendCompleteAsync(id);
        }
        catch (Exception e) when (IsConnectionGone(e))
        {
            // Completed by the client, or the connection is gone: nothing more is sent.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The operation {Id} failed.", id);
            await SendQuietlyAsync(() => _sender.SendErrorAsync(id, [ServerErrors.Internal()]));
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, RunningOperation>(id, operation));
            operation.Dispose();
        }
    }

    private async ValueTask<ExecutionResult?> ExecuteAsync(PreparedOperation prepared, GraphQLRequest request, CancellationToken token)
    {
        using var budget = _runner.StartBudget(token);
        return await _runner.ExecuteAsync(prepared, request, budget.Token, token);
    }

    private async Task StreamAsync(string id, PreparedOperation prepared, GraphQLRequest request, CancellationToken token)
    {
        var subscription = await _runner.SubscribeAsync(prepared, request, token);
        if (subscription.Stream is null)
        {
            await _sender.SendNextAsync(id, subscription.Error ?? ExecutionResult.RequestError([ServerErrors.Internal()]));
            return;
        }

        await foreach (var result in subscription.Stream.WithCancellation(token))
        {
            await _sender.SendNextAsync(id, result);
        }
    }

    /// <summary>Sends a close frame and waits, a little, for the client's; the receive loop then ends.</summary>
    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        _receiving.CancelAfter(CloseGrace);
        await _sender.CloseAsync(status, reason);
    }

    /// <summary>Closes from outside the receive loop, where the connection may already be gone.</summary>
    private Task CloseQuietlyAsync(WebSocketCloseStatus status, string reason) => SendQuietlyAsync(() => CloseAsync(status, reason));

    private async Task EndAsync()
    {
        _ending.Cancel();
        var running = _operations.Values.Select(operation => operation.Running).ToArray();
        _operations.Clear();
        try
        {
            // Operations end promptly once cancelled; one that ignores its token is not waited for long.
            await Task.WhenAll(running).WaitAsync(CloseGrace);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            _logger.LogWarning("An operation ignored cancellation when its WebSocket connection ended.");
        }
        finally
        {
            _receiving.Dispose();
            _ending.Dispose();
            _sender.Dispose();
        }
    }

    private static async Task SendQuietlyAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception e) when (IsConnectionGone(e))
        {
            // The connection ended first.
        }
    }

    /// <summary>
    /// What a send, a receive or a wait throws once the client has gone, the socket has been aborted or the session's
    /// tokens have fired: the end of the connection, not a failure.
    /// </summary>
    private static bool IsConnectionGone(Exception e) =>
        e is WebSocketException or OperationCanceledException or ObjectDisposedException;
}
