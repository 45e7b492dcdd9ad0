using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// Open WebSockets are bounded (<c>GraphQL:WebSockets:MaxConnections</c>, enforced by Kestrel as its upgraded-connection
/// limit), so clients cannot hold an unbounded number of subscriptions open.
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

        using var second = new ClientWebSocket();
        second.Options.AddSubProtocol("graphql-transport-ws");
        second.Options.CollectHttpResponseDetails = true;
        var address = new UriBuilder(endpoint) { Scheme = "ws" }.Uri;
        await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(address, CancellationToken.None));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.HttpStatusCode);

        await first.SendAsync(new { type = "connection_init" });
        Assert.Equal("""{"type":"connection_ack"}""", await first.ReceiveTextAsync());
    }
}
