using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Tests.Execution;

/// <summary>A result that would pass <see cref="ExecutionOptions.MaxResultBytes"/> is not built: execution stops there.</summary>
public class ResultSizeLimitTests
{
    private const int Items = 10_000;

    [Fact]
    public async Task Execution_stops_once_the_result_passes_its_bound()
    {
        var completed = 0;
        var schema = new SchemaBuilder("type Query { items: [Item!]! } type Item { text: String! }")
            .BindResolver("Query", "items", _ => new ValueTask<object?>(Enumerable.Range(0, Items).Select(i => (object?)i).ToArray()))
            .BindResolver("Item", "text", _ => { completed++; return new ValueTask<object?>(new string('x', 100)); })
            .Build();
        var executor = new RequestExecutor(schema, new ExecutionOptions { MaxResultBytes = 100_000 });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ items { text } }" });

        Assert.False(result.HasData);
        Assert.Equal(ResultSizeLimit.TooLargeCode, Assert.Single(result.Errors!).Extensions!["code"]);
        Assert.InRange(completed, 1, 1_000);

    }

    [Theory]
    [InlineData("{ items { text } }")]
    [InlineData("{ items { __typename n: __typename } }")]
    public async Task A_result_exactly_as_large_as_the_bound_is_built(string query)
    {
        var schema = new SchemaBuilder("type Query { items: [Item!]! } type Item { text: String! }")
            .BindResolver("Query", "items", _ => new ValueTask<object?>(Enumerable.Range(0, 100).Select(i => (object?)i).ToArray()))
            .BindResolver("Item", "text", c => new ValueTask<object?>(new string('é', (int)c.Parent!)))
            .Build();
        var unbounded = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query });
        var size = ExecutionResultWriter.ToUtf8Bytes(unbounded).Length;

        var result = await new RequestExecutor(schema, new ExecutionOptions { MaxResultBytes = size }).ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.True(result.HasData);
        Assert.Null(result.Errors);
    }
}
