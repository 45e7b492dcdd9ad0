using System.Net;
using System.Net.WebSockets;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// WebSocket upgrades from browser pages: the server's own pages (at the addresses it listens on, or at its configured
/// public origins) and the origins the CORS settings allow may open a socket, any other page is refused before the
/// upgrade, whatever its <c>Host</c> header says, and clients that send no Origin are not browsers and connect.
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
        await AssertConnectsAsync(server, $"http://localhost:{server.Address.Port}");
        await AssertConnectsAsync(server, origin: null);
        await AssertRefusedAsync(server, "https://app.example");
        await AssertRefusedAsync(server, $"http://{server.Address.Host}:{server.Address.Port + 1}");
        await AssertRefusedAsync(server, "null");
    }

    [Fact]
    public async Task A_page_whose_name_resolves_to_the_server_is_refused_though_host_and_origin_agree()
    {
        await using var server = await RunningServer.StartAsync();
        var rebound = $"attacker.example:{server.Address.Port}";

        Assert.Equal(403, await RawUpgradeStatusAsync(server, host: rebound, origin: $"http://{rebound}"));
        Assert.Equal(101, await RawUpgradeStatusAsync(server, host: rebound, origin: server.Address.GetLeftPart(UriPartial.Authority)));
    }

    [Fact]
    public async Task The_servers_public_origins_are_configured()
    {
        await using var server = await RunningServer.StartAsync(["--GraphQL:WebSockets:AllowedOrigins:0=https://follows.example"]);

        await AssertConnectsAsync(server, "https://follows.example");
        await AssertRefusedAsync(server, "https://app.example");
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

    /// <summary>The status of an upgrade request written by hand, with a <c>Host</c> header no client library lets one set.</summary>
    private static async Task<int> RawUpgradeStatusAsync(RunningServer server, string host, string origin)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = tcp.GetStream();
        var request = $"GET /graphql HTTP/1.1\r\nHost: {host}\r\nOrigin: {origin}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n" +
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
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
