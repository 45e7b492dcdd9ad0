using System.Runtime.CompilerServices;
using System.Text;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    private sealed class Source
    {
        public bool Disposed { get; private set; }
        public int Produced { get; private set; }

        public async IAsyncEnumerable<object?> Events(int from, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = from; ; i++)
                {
                    await Task.Yield();
                    Produced++;
                    yield return new Dictionary<string, object?> { ["counter"] = (long)i };
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }

    private static RequestExecutor Executor(Source source)
    {
        var subscription = Object("Subscription",
            new FieldDefinition("counter", Int)
            {
                Subscriber = c => new ValueTask<IAsyncEnumerable<object?>>(source.Events((int)c.Arguments["from"]!)),
                Arguments = { new InputValue("from", NonNull(Int)) },
            },
            new FieldDefinition("broken", Int)
            {
                Subscriber = _ => throw new GraphQLException("not allowed"),
            },
            new FieldDefinition("doubled", Int)
            {
                Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(source.Events(1)),
                Resolver = c => new ValueTask<object?>((long)((Dictionary<string, object?>)c.Parent!)["counter"]! * 2),
            });
        return new RequestExecutor(Build(Object("Query", Constant("x", Int, 1)), subscription: subscription));
    }

    private static string ToJson(ExecutionResult result) => Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result));

    [Fact]
    public async Task Maps_each_event_through_the_selection_set_and_disposes_the_source()
    {
        var source = new Source();
        var executor = Executor(source);
        const string query = "subscription($from: Int!) { counter(from: $from) }";
        var request = new GraphQLRequest { Query = query, Variables = new Dictionary<string, object?> { ["from"] = 5L } };

        var result = await executor.SubscribeAsync(executor.Prepare(query, null), request, CancellationToken.None);

        Assert.Null(result.Error);
        var received = new List<string>();
        await using (var events = result.Stream!.GetAsyncEnumerator())
        {
            while (received.Count < 2 && await events.MoveNextAsync())
            {
                received.Add(ToJson(events.Current));
            }
        }

        Assert.Equal([Json("{'data':{'counter':5}}"), Json("{'data':{'counter':6}}")], received);
        Assert.True(source.Disposed);
        Assert.Equal(2, source.Produced);
    }

    [Fact]
    public async Task Resolvers_of_the_root_field_see_the_event_as_parent()
    {
        var executor = Executor(new Source());
        const string query = "subscription { doubled }";

        var result = await executor.SubscribeAsync(executor.Prepare(query, null), new GraphQLRequest { Query = query }, CancellationToken.None);
        await using var events = result.Stream!.GetAsyncEnumerator();
        await events.MoveNextAsync();

        Assert.Equal(Json("{'data':{'doubled':2}}"), ToJson(events.Current));
    }

    [Fact]
    public async Task Errors_before_the_stream_starts_are_a_single_result()
    {
        var executor = Executor(new Source());
        const string query = "subscription { broken }";

        var result = await executor.SubscribeAsync(executor.Prepare(query, null), new GraphQLRequest { Query = query }, CancellationToken.None);

        Assert.Null(result.Stream);
        Assert.Equal(Json("{'errors':[{'message':'not allowed','locations':[{'line':1,'column':16}],'path':['broken']}]}"), ToJson(result.Error!));
    }

    [Fact]
    public async Task Variable_errors_and_queries_are_refused()
    {
        var executor = Executor(new Source());
        const string subscription = "subscription($from: Int!) { counter(from: $from) }";

        var missing = await executor.SubscribeAsync(executor.Prepare(subscription, null), new GraphQLRequest { Query = subscription }, CancellationToken.None);
        var query = await executor.SubscribeAsync(executor.Prepare("{ x }", null), new GraphQLRequest { Query = "{ x }" }, CancellationToken.None);

        Assert.Equal(
            Json("{'errors':[{'message':'Variable \\'$from\\' has invalid value: Expected a value of non-null type \\'Int!\\' to be provided.','locations':[{'line':1,'column':14}]}]}"),
            ToJson(missing.Error!));
        Assert.Equal(Json("{'errors':[{'message':'Expected subscription operation.'}]}"), ToJson(query.Error!));
    }
}
