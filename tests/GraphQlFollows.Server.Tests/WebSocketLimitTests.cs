using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// Open WebSockets are bounded (<c>GraphQL:WebSockets:MaxConnections</c>, enforced by Kestrel as its upgraded-connection
/// limit), so clients cannot hold an unbounded number of subscriptions open; and per client
/// (<c>GraphQL:RateLimits:WebSocketConnections</c>), so one client cannot hold them all.
/// </summary>
public sealed class WebSocketLimitTests
{
    [Fact]
    public async Task Open_websockets_are_bounded_by_default()
    {
        await using var server = await RunningServer.StartAsync();

        var limits = server.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(10_000, limits.MaxConcurrentUpgradedConnections);
    }

    [Fact]
    public async Task An_upgrade_past_the_limit_is_503_and_the_open_socket_goes_on()
    {
        await using var server = await RunningServer.StartAsync(["--GraphQL:WebSockets:MaxConnections=1"]);
        var endpoint = new Uri(server.Address, "/graphql");
        await using var first = await TransportWsClient.ConnectAsync(endpoint);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await RefusedUpgradeAsync(endpoint));

        await first.SendAsync(new { type = "connection_init" });
        Assert.Equal("""{"type":"connection_ack"}""", await first.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_client_past_its_own_cap_is_429_and_may_open_another_once_one_closes()
    {
        await using var server = await RunningServer.StartAsync(["--GraphQL:RateLimits:WebSocketConnections=2"]);
        var endpoint = new Uri(server.Address, "/graphql");
        await using var first = await TransportWsClient.ConnectAsync(endpoint);
        await using (await TransportWsClient.ConnectAsync(endpoint))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, await RefusedUpgradeAsync(endpoint));
        }

        // The second socket's end is seen once its session has wound down.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var third = await TransportWsClient.ConnectAsync(endpoint);
                break;
            }
            catch (WebSocketException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }

        await first.SendAsync(new { type = "connection_init" });
        Assert.Equal("""{"type":"connection_ack"}""", await first.ReceiveTextAsync());
    }

    private static async Task<HttpStatusCode> RefusedUpgradeAsync(Uri endpoint)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        var address = new UriBuilder(endpoint) { Scheme = "ws" }.Uri;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(address, CancellationToken.None));
        return socket.HttpStatusCode;
    }
}
