using System.Net;

namespace GraphQlFollows.Server.Tests;

/// <summary>A response is bounded by <c>GraphQL:MaxResponseBytes</c>, to the byte: past it the client gets a clear error.</summary>
public sealed class ResponseSizeTests
{
    // Every type's fields and descriptions: tens of kilobytes, with the quotes and line breaks JSON escapes.
    private const string Query = "{ __schema { types { name description fields { name description args { name } } } } }";

    [Fact]
    public async Task A_response_one_byte_over_the_bound_is_refused_and_one_at_it_is_served()
    {
        var size = await UnboundedSizeAsync();

        await using var atTheBound = await RunningServer.StartAsync([$"--GraphQL:MaxResponseBytes={size}"]);
        using var served = await atTheBound.PostAsync(Query);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(size, (await served.Content.ReadAsByteArrayAsync()).Length);

        await using var belowIt = await RunningServer.StartAsync([$"--GraphQL:MaxResponseBytes={size - 1}"]);
        using var refused = await belowIt.PostAsync(Query);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("RESPONSE_TOO_LARGE", await GraphQLResponse.SingleErrorCodeAsync(refused));
        using var json = await belowIt.PostAsync(Query, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("RESPONSE_TOO_LARGE", await GraphQLResponse.SingleErrorCodeAsync(json));

        using var small = await belowIt.PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    private static async Task<int> UnboundedSizeAsync()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.PostAsync(Query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
