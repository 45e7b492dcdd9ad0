using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQlFollows.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// The real server on Kestrel, listening on a free loopback port, its follow store a SQLite file in a directory of
/// its own, with extra configuration from the test.
/// </summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private RunningServer(WebApplication app, string directory, Uri address)
    {
        _app = app;
        _directory = directory;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningServer> StartAsync(string[]? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var directory = Directory.CreateTempSubdirectory("gqlf-server-").FullName;
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--ConnectionStrings:Follows=Data Source={Path.Combine(directory, "follows.db")}",
            .. settings ?? [],
        ];
        var app = GraphQLServerApp.Build(args, configure);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Directory.Delete(directory, recursive: true);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningServer(app, directory, new Uri(address));
    }

    /// <summary>POSTs a GraphQL request as JSON, accepting the GraphQL response media type.</summary>
    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return PostRawAsync(body, "application/json", accept);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string accept = "application/graphql-response+json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        return Client.SendAsync(request);
    }

    /// <summary>Stops the server as a host shutdown does; disposing stops it too.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>A response body read as JSON.</summary>
internal static class GraphQLResponse
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>The <c>extensions.code</c> of the only error in the response.</summary>
    public static async Task<string?> SingleErrorCodeAsync(HttpResponseMessage response)
    {
        var body = await ReadAsync(response);
        Assert.False(body.TryGetProperty("data", out _), "a refused request has no data");
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error.TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("code").GetString() : null;
    }
}
