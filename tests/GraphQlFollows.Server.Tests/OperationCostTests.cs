using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// The served schema's cost directives price each operation before it runs: nested pages of 100 are refused with
/// their cost and no SQL, and a request can ask for its price.
/// </summary>
public sealed class OperationCostTests : IAsyncLifetime
{
    // Three nested pages of 100 followers: a query of 213 characters that would answer a million follows.
    private const string NestedFollowers = """
        { profileByHandle(handle: "hub") { followers(first: 100) { edges { node { profile {
          followers(first: 100) { edges { node { profile {
            followers(first: 100) { edges { node { address } } } } } } } } } } } } }
        """;

    private const string OnePage = """{ profileByHandle(handle: "hub") { followers(first: 100) { edges { node { address } } } } }""";

    private readonly RequestStatements _statements = new();
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _statements.Dispose();
    }

    private async Task<(HttpResponseMessage Response, int Statements)> PostAsync(string query, bool reportCost = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (reportCost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        var trace = _statements.Trace(request);
        var response = await _server.Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return (response, _statements.Count(trace));
    }

    [Fact]
    public async Task Three_nested_pages_of_100_are_refused_with_their_cost_before_any_sql_runs()
    {
        var (page, pageStatements) = await PostAsync(OnePage);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(pageStatements > 0, "the statements of a query that runs are seen");

        var (refused, statements) = await PostAsync(NestedFollowers);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, statements);
        var body = await GraphQLResponse.ReadAsync(refused);
        Assert.False(body.TryGetProperty("data", out _));
        var extensions = Assert.Single(body.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("OPERATION_COST_TOO_HIGH", extensions.GetProperty("code").GetString());
        Assert.Equal(10_000, extensions.GetProperty("cost").GetProperty("maximum").GetDouble());
        // The query and profile (3), each connection (10 + 1) with its edges (1), each edge with its node and follow (3),
        // each node's profile (2): 3 + 12 + 100 x (5 + 12 + 100 x (5 + 12 + 100 x 3)).
        Assert.Equal(3_171_715, extensions.GetProperty("cost").GetProperty("requested").GetDouble());
    }

    [Fact]
    public async Task The_cost_is_reported_when_the_request_asks_for_it()
    {
        var (plain, _) = await PostAsync(OnePage);
        var (reported, _) = await PostAsync(OnePage, reportCost: true);

        Assert.False((await GraphQLResponse.ReadAsync(plain)).TryGetProperty("extensions", out _));
        var cost = (await GraphQLResponse.ReadAsync(reported)).GetProperty("extensions").GetProperty("cost");
        // The query (1), the profile (1 + 1), the connection (10 + 1), its edges (1), 100 times an edge, a node and a follow.
        Assert.Equal(315, cost.GetProperty("requested").GetDouble());
        Assert.Equal(10_000, cost.GetProperty("maximum").GetDouble());
    }
}
