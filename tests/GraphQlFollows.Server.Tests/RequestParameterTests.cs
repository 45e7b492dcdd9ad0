using System.Net;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// The parameters of a request are read by one reader whichever way they come: a GET query string and a POST body
/// with the same faulty parameter are refused alike, and the same parameters run alike.
/// </summary>
public sealed class RequestParameterTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("variables", "[1]", "The \"variables\" parameter must be a JSON object.")]
    [InlineData("extensions", "\"x\"", "The \"extensions\" parameter must be a JSON object.")]
    public async Task A_parameter_of_the_wrong_type_gets_the_same_refusal_by_get_and_post(string parameter, string json, string message)
    {
        using var get = await GetAsync($"query={Uri.EscapeDataString("{ __typename }")}&{parameter}={Uri.EscapeDataString(json)}");
        using var post = await _server.PostRawAsync($$"""{"query":"{ __typename }","{{parameter}}":{{json}}}""", "application/json");

        foreach (var response in new[] { get, post })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = (await GraphQLResponse.ReadAsync(response)).GetProperty("errors")[0];
            Assert.Equal(message, error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task A_request_without_a_query_gets_the_same_refusal_by_get_and_post()
    {
        using var get = await GetAsync("operationName=A");
        using var post = await _server.PostRawAsync("""{"operationName":"A"}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(await MessageAsync(post), await MessageAsync(get));
    }

    private async Task<HttpResponseMessage> GetAsync(string queryString)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await _server.Client.SendAsync(request);
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage response) =>
        (await GraphQLResponse.ReadAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString();
}
