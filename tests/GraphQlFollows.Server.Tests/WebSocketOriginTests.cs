using System.Net;
using System.Net.WebSockets;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// WebSocket upgrades from browser pages: the server's own pages and the origins the CORS settings allow may open a
/// socket, any other page is refused before the upgrade, and clients that send no Origin are not browsers and connect.
/// </summary>
public sealed class WebSocketOriginTests
{
    [Fact]
    public async Task A_page_of_an_allowed_origin_connects_and_any_other_is_refused_with_403()
    {
        await using var server = await RunningServer.StartAsync(["--GraphQL:Cors:AllowedOrigins:0=https://app.example"]);

        await AssertConnectsAsync(server, "https://app.example");
        await AssertRefusedAsync(server, "https://elsewhere.example");
    }

    [Fact]
    public async Task Without_configured_origins_only_the_servers_own_pages_and_non_browsers_connect()
    {
        await using var server = await RunningServer.StartAsync();
        var ownOrigin = server.Address.GetLeftPart(UriPartial.Authority);

        await AssertConnectsAsync(server, ownOrigin);
        await AssertConnectsAsync(server, origin: null);
        await AssertRefusedAsync(server, "https://app.example");
        await AssertRefusedAsync(server, $"http://{server.Address.Host}:{server.Address.Port + 1}");
        await AssertRefusedAsync(server, "null");
    }

    [Fact]
    public async Task The_wildcard_origin_lets_any_page_connect()
    {
        await using var server = await RunningServer.StartAsync(["--GraphQL:Cors:AllowedOrigins:0=*"]);

        await AssertConnectsAsync(server, "https://anywhere.example");
    }

    private static async Task AssertConnectsAsync(RunningServer server, string? origin)
    {
        await using var client = await TransportWsClient.ConnectAsync(new Uri(server.Address, "/graphql"), origin);
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveTextAsync());
    }

    private static async Task AssertRefusedAsync(RunningServer server, string origin)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin);
        var address = new UriBuilder(new Uri(server.Address, "/graphql")) { Scheme = "ws" }.Uri;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(address, CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }
}
