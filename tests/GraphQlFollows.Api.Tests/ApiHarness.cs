using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQlFollows.Api.Subscriptions;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Tests.Graph;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.Api.Tests;

/// <summary>
/// The API over a follow graph in a fresh SQLite file: requests go through the engine's executor as a host sends
/// them (variables read from JSON) and come back as the JSON a client would read.
/// </summary>
public sealed class ApiHarness : IAsyncDisposable
{
    private ApiHarness(GraphHarness graph, FollowsApiOptions? options)
    {
        Graph = graph;
        Events = new FollowEvents(graph.Graph, graph.Queries, options);
        Events.Start();
        Executor = Serve(graph.Queries);
    }

    public GraphHarness Graph { get; }
    public FollowEvents Events { get; }
    public RequestExecutor Executor { get; }

    /// <summary>An executor over the same graph that reads through <paramref name="queries"/> (and the other reads of its store).</summary>
    public RequestExecutor Serve(FollowQueries queries) =>
        new(FollowsApi.BuildSchema(Graph.Graph, GraphReads.Over(Graph.Database.Factory) with { Follows = queries }, Events));

    public static async Task<ApiHarness> CreateAsync(FollowsApiOptions? options = null, FollowGraphOptions? graphOptions = null) =>
        new(await GraphHarness.CreateAsync(graphOptions), options);

    /// <summary>Runs a query or mutation; <paramref name="variables"/> is any object serialisable as the variables' JSON.</summary>
    public Task<JsonObject> ExecuteAsync(string query, object? variables = null) => ExecuteAsync(Executor, query, variables);

    public static async Task<JsonObject> ExecuteAsync(RequestExecutor executor, string query, object? variables = null) =>
        ToJson(await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = Variables(variables) }));

    /// <summary>Runs a request that must succeed, returning its <c>data</c>.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        var result = await ExecuteAsync(query, variables);
        Assert.False(result.ContainsKey("errors"), result.ToJsonString());
        return result["data"]!.AsObject();
    }

    /// <summary>Runs a request that must fail, returning the messages of its errors.</summary>
    public async Task<string[]> ErrorsAsync(string query, object? variables = null)
    {
        var result = await ExecuteAsync(query, variables);
        Assert.True(result.ContainsKey("errors"), result.ToJsonString());
        return result["errors"]!.AsArray().Select(e => (string)e!["message"]!).ToArray();
    }

    /// <summary>A follow or unfollow request as the mutation's <c>input</c>.</summary>
    public static object PairInput(FollowRequest request) => new
    {
        address = request.Address, handle = request.Handle, message = request.Message, signature = request.Signature, signingKey = request.SigningKey,
    };

    public static object BlockInput(BlockRequest request) => new
    {
        address = request.Address, handle = request.Handle, target = request.Target, message = request.Message,
        signature = request.Signature, signingKey = request.SigningKey,
    };

    public static IReadOnlyDictionary<string, object?>? Variables(object? variables) =>
        variables is null ? null : (IReadOnlyDictionary<string, object?>)JsonValues.Parse(JsonSerializer.SerializeToUtf8Bytes(variables))!;

    public static JsonObject ToJson(ExecutionResult result) =>
        JsonNode.Parse(ExecutionResultWriter.ToUtf8Bytes(result))!.AsObject();

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
