using System.Net;
using System.Text.Json;

namespace GraphQlFollows.Server.Tests;

/// <summary>What the server serves besides GraphQL itself: health, the IDE, CORS.</summary>
public sealed class ServingTests
{
    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        await using var server = await RunningServer.StartAsync();

        using var live = await server.Client.GetAsync("/health/live");
        using var ready = await server.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_gets_banana_cake_pop_with_its_files_and_config()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var page = await server.Client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", html);
        Assert.Contains("<base href=\"/graphql/\"/>", html);

        AssertSecurityHeaders(page);

        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;
        using var scriptResponse = await server.Client.GetAsync("/graphql/" + script);
        Assert.Equal(HttpStatusCode.OK, scriptResponse.StatusCode);
        Assert.Equal("nosniff", scriptResponse.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True((await scriptResponse.Content.ReadAsByteArrayAsync()).Length > 10_000);

        using var config = await server.Client.GetAsync("/graphql/bcp-config.json");
        var settings = JsonDocument.Parse(await config.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("/graphql", settings.GetProperty("endpoint").GetString());
        Assert.True(settings.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task The_sandbox_page_may_not_be_framed_and_loads_only_the_servers_own_files()
    {
        await using var server = await RunningServer.StartAsync();

        using var page = await server.Client.GetAsync("/sandbox/");
        using var script = await server.Client.GetAsync("/sandbox/sandbox.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertSecurityHeaders(page);
        Assert.Contains("connect-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", script.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>A page's policy, no framing by another site (both ways browsers read it), no sniffing, no referrer.</summary>
    private static void AssertSecurityHeaders(HttpResponseMessage page)
    {
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_browser_asking_for_a_query_gets_its_result_not_the_ide()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.ParseAdd("text/html,*/*;q=0.8");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Query", (await GraphQLResponse.ReadAsync(response)).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task The_ide_can_be_switched_off()
    {
        await using var server = await RunningServer.StartAsync(["--GraphQL:Ide=false"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await server.Client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/graphql/bcp-config.json")).StatusCode);
    }

    [Fact]
    public async Task Cors_allows_configured_origins_only()
    {
        await using var server = await RunningServer.StartAsync(["--GraphQL:Cors:AllowedOrigins:0=https://app.example"]);

        using var allowed = await PreflightAsync(server, "https://app.example");
        using var refused = await PreflightAsync(server, "https://elsewhere.example");

        Assert.Equal("https://app.example", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_cross_origin_access_is_granted()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await PreflightAsync(server, "https://app.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Invalid_options_stop_the_server_from_starting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => RunningServer.StartAsync(["--GraphQL:MaxDepth=0"]));

        Assert.Contains("GraphQL:MaxDepth", failure.Message);
    }

    private static Task<HttpResponseMessage> PreflightAsync(RunningServer server, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return server.Client.SendAsync(request);
    }
}
