using System.Net;
using System.Text;
using GraphQlFollows.GraphQL.Types;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// Requests meant to hurt: each gets a GraphQL error with a fitting status, and the server goes on serving.
/// The limits are set low here so that small documents reach them. Each refusal's status, media type and whole
/// body are pinned by a snapshot in __snapshots__.
/// </summary>
public sealed class AbusiveRequestTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(
        [
            "--GraphQL:MaxRequestBytes=4096",
            "--GraphQL:MaxDocumentLength=2000",
            "--GraphQL:MaxTokens=300",
            "--GraphQL:MaxDepth=6",
            "--GraphQL:MaxFields=40",
            "--GraphQL:MaxAliases=5",
            "--GraphQL:RequestTimeout=00:00:01",
        ],
        TestSchema.Serve(NeverEndingProfileLookup));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Malformed_json_is_400()
    {
        using var response = await _server.PostRawAsync("""{"query": "{ __typename }" """, "application/json");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST", Snapshot.FullName());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task A_body_that_is_not_utf8_json_is_415(string? contentType)
    {
        var snapshot = Refusal.SnapshotFor(contentType ?? "none");
        using var response = await _server.PostRawAsync("""{"query":"{ __typename }"}""", contentType);

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST", snapshot);
    }

    [Theory]
    [InlineData("batch", """[{"query":"{ __typename }"},{"query":"{ __typename }"}]""")]
    [InlineData("string", "\"{ __typename }\"")]
    [InlineData("query object", """{"query":{"text":"{ __typename }"}}""")]
    [InlineData("variables array", """{"query":"{ __typename }","variables":[1]}""")]
    [InlineData("operationName number", """{"query":"{ __typename }","operationName":7}""")]
    [InlineData("no query", """{"notQuery":"{ __typename }"}""")]
    [InlineData("empty", "")]
    public async Task Bodies_that_are_not_one_graphql_request_are_400(string label, string body)
    {
        var snapshot = Refusal.SnapshotFor(label);
        using var response = await _server.PostRawAsync(body, "application/json");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST", snapshot);
    }

    [Fact]
    public async Task Deeply_nested_json_is_400()
    {
        var nested = new string('[', 100) + new string(']', 100);
        using var response = await _server.PostRawAsync("""{"query":"{ __typename }","variables":{"v":""" + nested + "}}", "application/json");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST", Snapshot.FullName());
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        using var response = await _server.PostAsync("{ __typename }" + new string(' ', 5000));

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE", Snapshot.FullName());
    }

    [Fact]
    public async Task An_oversized_body_without_content_length_is_413()
    {
        var json = Encoding.UTF8.GetBytes("""{"query":"{ __typename }""" + new string(' ', 5000) + "\"}");
        var content = new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _server.Client.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE", Snapshot.FullName());
    }

    [Fact]
    public async Task An_over_long_document_is_refused_before_parsing()
    {
        using var response = await _server.PostAsync("{ __typename " + new string('#', 2000) + "\n}");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE", Snapshot.FullName());
    }

    [Fact]
    public async Task A_document_with_too_many_tokens_is_a_syntax_error()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("a ", 400)) + "}";
        using var response = await _server.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tokens", (await GraphQLResponse.ReadAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString());
        Snapshot.Match(await Refusal.DescribeAsync(response));
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Nesting_deeper_than_the_parser_allows_is_a_syntax_error()
    {
        var query = new string('{', 900) + new string('}', 900);
        using var response = await _server.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await GraphQLResponse.ReadAsync(response)).GetProperty("errors").EnumerateArray());
        Snapshot.Match(await Refusal.DescribeAsync(response));
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task An_over_deep_operation_is_refused()
    {
        const string sixDeep = "{ __schema { types { fields { type { ofType { name } } } } } }";
        const string sevenDeep = "{ __schema { types { fields { type { ofType { ofType { name } } } } } } }";
        using var allowed = await _server.PostAsync(sixDeep);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        using var response = await _server.PostAsync(sevenDeep);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "OPERATION_TOO_DEEP", Snapshot.FullName());
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        const string query = """
            { __schema { ...Types } }
            fragment Types on __Schema { types { ...Fields } }
            fragment Fields on __Type { fields { type { ofType { ofType { name } } } } }
            """;
        using var response = await _server.PostAsync(query);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "OPERATION_TOO_DEEP", Snapshot.FullName());
    }

    [Fact]
    public async Task An_over_wide_operation_is_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("__typename ", 41)) + "}";
        using var response = await _server.PostAsync(query);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "TOO_MANY_FIELDS", Snapshot.FullName());
    }

    [Fact]
    public async Task Fragments_that_multiply_each_other_are_refused()
    {
        var fragments = Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        var query = "{ ...F0 } " + string.Join(" ", fragments) + " fragment F12 on Query { __typename }";
        using var response = await _server.PostAsync(query);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "TOO_MANY_FIELDS", Snapshot.FullName());
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 6).Select(i => $"a{i}: __typename ")) + "}";
        using var response = await _server.PostAsync(query);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "TOO_MANY_ALIASES", Snapshot.FullName());
    }

    [Fact]
    public async Task A_request_over_its_time_budget_is_answered_with_an_error()
    {
        using var response = await _server.PostAsync("""{ profileByHandle(handle: "alice") { handle } }""");

        await AssertRefusedAsync(response, HttpStatusCode.GatewayTimeout, "TIMEOUT", Snapshot.FullName());
    }

    [Fact]
    public async Task A_body_that_trickles_in_past_the_time_budget_is_408()
    {
        // The headers promise a body that never fully arrives.
        var (statusLine, rest) = await SendRawPostAsync("Content-Length: 100\r\n\r\n{\"query\":");

        Assert.StartsWith("HTTP/1.1 408", statusLine);
        Assert.Contains("\"TIMEOUT\"", rest);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task A_body_with_broken_chunked_framing_is_400_not_a_server_error()
    {
        var (statusLine, rest) = await SendRawPostAsync("Transfer-Encoding: chunked\r\n\r\nnot-a-size\r\n{}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", statusLine);
        Assert.Contains("\"BAD_REQUEST\"", rest);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Repeated_parameters_in_a_get_are_400()
    {
        using var response = await _server.Client.GetAsync("/graphql?query=%7B__typename%7D&query=%7B__typename%7D");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST", Snapshot.FullName());
    }

    /// <summary>
    /// POSTs over a raw connection, for requests an HTTP client would not send: <paramref name="framingAndBody"/>
    /// follows the usual headers. Returns the status line and the rest of what the server wrote before closing.
    /// </summary>
    private async Task<(string? StatusLine, string AfterStatusLine)> SendRawPostAsync(string framingAndBody)
    {
        using var connection = new System.Net.Sockets.TcpClient();
        await connection.ConnectAsync(_server.Address.Host, _server.Address.Port);
        var stream = connection.GetStream();
        var head = $"POST /graphql HTTP/1.1\r\nHost: {_server.Address.Authority}\r\nContent-Type: application/json\r\n" +
            "Accept: application/graphql-response+json\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + framingAndBody));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var rest = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return (statusLine, rest);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, SnapshotFullName snapshot)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await GraphQLResponse.SingleErrorCodeAsync(response));
        Snapshot.Match(await Refusal.DescribeAsync(response), snapshot);
        await AssertStillServesAsync();
    }

    private async Task AssertStillServesAsync()
    {
        using var response = await _server.PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A resolver that never finishes and ignores cancellation, the worst a time budget meets.</summary>
    private static void NeverEndingProfileLookup(SchemaBuilder builder) =>
        builder.BindResolver("Query", "profileByHandle", async _ =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return null;
        });
}
