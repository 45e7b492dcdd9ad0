using System.Net;
using System.Text.Json;
using Snapshooter.Xunit;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// GraphQL over HTTP as the specification describes it, against the real server. Refusals and request errors are
/// pinned whole (status, media type, body) by snapshots in __snapshots__.
/// </summary>
public sealed class HttpProtocolTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_answers_with_the_graphql_response_media_type_when_accepted()
    {
        using var response = await _server.PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, application/*;q=0.2", "application/json")]
    public async Task Accept_chooses_the_media_type(string accept, string expected)
    {
        using var response = await _server.PostAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_request_without_accept_gets_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_406()
    {
        using var response = await _server.PostAsync("{ __typename }", accept: "text/plain");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("BAD_REQUEST", await GraphQLResponse.SingleErrorCodeAsync(response));
        Snapshot.Match(await Refusal.DescribeAsync(response));
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A { a: __typename } query B($name: String!) { __type(name: $name) { name } }");
        var variables = Uri.EscapeDataString("""{"name":"Query"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&operationName=B&variables={variables}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_does_not_run_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("BAD_REQUEST", await GraphQLResponse.SingleErrorCodeAsync(response));
        Snapshot.Match(await Refusal.DescribeAsync(response));
    }

    [Fact]
    public async Task Queries_reach_the_follow_graph_and_its_store()
    {
        using var response = await _server.PostAsync("""
            { profileByHandle(handle: "nobody") { handle } address(address: "0x0000000000000000000000000000000000000001") { followingCount } }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("profileByHandle").ValueKind);
        Assert.Equal(0, body.GetProperty("data").GetProperty("address").GetProperty("followingCount").GetInt32());
    }

    [Fact]
    public async Task Post_runs_a_mutation()
    {
        using var response = await _server.PostAsync("mutation { __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("Mutation", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("syntax", "{", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("syntax", "{", "application/json", HttpStatusCode.OK)]
    [InlineData("validation", "{ noSuchField }", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("validation", "{ noSuchField }", "application/json", HttpStatusCode.OK)]
    public async Task Documents_that_do_not_parse_or_validate_are_request_errors(string error, string query, string accept, HttpStatusCode status)
    {
        var snapshot = Refusal.SnapshotFor($"{error} {accept}");
        using var response = await _server.PostAsync(query, accept: accept);

        Assert.Equal(status, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        var only = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, only.GetProperty("locations").ValueKind);
        Snapshot.Match(await Refusal.DescribeAsync(response), snapshot);
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_are_a_request_error()
    {
        using var response = await _server.PostAsync("query ($id: String!) { __typename }", variables: new Dictionary<string, object?> { ["id"] = null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("$id", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Snapshot.Match(await Refusal.DescribeAsync(response));
    }

    [Fact]
    public async Task Subscriptions_are_refused_over_http()
    {
        using var response = await _server.PostAsync("""subscription { followEvents(filter: { handle: "alice" }) { kind } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
        Snapshot.Match(await Refusal.DescribeAsync(response));
    }

    [Fact]
    public async Task Unknown_members_are_ignored_and_extensions_accepted()
    {
        using var response = await _server.PostRawAsync(
            """{"query":"{ __typename }","extensions":{"persistedQuery":null},"future":[1,2,3]}""", "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") };
        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET,POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("BAD_REQUEST", await GraphQLResponse.SingleErrorCodeAsync(response));
        Snapshot.Match(await Refusal.DescribeAsync(response));
    }
}
