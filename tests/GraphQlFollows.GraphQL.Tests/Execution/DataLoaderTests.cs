using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    /// <summary>Users 1..n; each user's best friend is the next one, and the friend lookups go through a counted batch.</summary>
    private sealed class Fixture
    {
        public List<IReadOnlyList<long>> Batches { get; } = [];

        public RequestExecutor Executor(bool asyncBatch)
        {
            var user = new ObjectType("User");
            Fill(user,
                Field("id", Int, c => new ValueTask<object?>(c.Parent)),
                Field("friend", user, async c =>
                {
                    var loader = c.GetDataLoader("friends", () => new DataLoader<long, object?>(async (keys, _) =>
                    {
                        lock (Batches)
                        {
                            Batches.Add(keys);
                        }

                        if (asyncBatch)
                        {
                            await Task.Delay(1);
                        }

                        return keys.ToDictionary(k => k, k => (object?)(k + 1));
                    }));
                    return await loader.LoadAsync((long)c.Parent!);
                }));
            var query = Object("Query",
                Field("users", List(user), c => new ValueTask<object?>(Enumerable.Range(1, (int)c.Arguments["count"]!).Select(i => (object?)(long)i).ToList()),
                    Argument("count", Int)));
            return new RequestExecutor(Build(query));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_list_of_items_loading_a_related_value_makes_one_batch_per_level(bool asyncBatch)
    {
        var fixture = new Fixture();

        var json = await fixture.Executor(asyncBatch).ExecuteAsync("{ users(count: 3) { id friend { id friend { id } } } }");

        Assert.Equal(
            Json("{'data':{'users':[{'id':1,'friend':{'id':2,'friend':{'id':3}}},{'id':2,'friend':{'id':3,'friend':{'id':4}}},{'id':3,'friend':{'id':4,'friend':{'id':5}}}]}}"),
            json);
        Assert.Equal(2, fixture.Batches.Count);
        Assert.Equal([1L, 2L, 3L], fixture.Batches[0]);

        // Keys 2 and 3 were loaded by the first batch and come from the loader's cache.
        Assert.Equal([4L], fixture.Batches[1]);
    }

    [Fact]
    public async Task Loaders_are_per_request()
    {
        var fixture = new Fixture();
        var executor = fixture.Executor(asyncBatch: true);

        await executor.ExecuteAsync("{ users(count: 2) { friend { id } } }");
        await executor.ExecuteAsync("{ users(count: 2) { friend { id } } }");

        Assert.Equal(2, fixture.Batches.Count);
        Assert.All(fixture.Batches, batch => Assert.Equal([1L, 2L], batch));
    }

    [Fact]
    public async Task A_failing_batch_fails_each_field_that_waited_on_it()
    {
        var query = Object("Query", Field("values", List(Int), _ => new ValueTask<object?>(new List<object?> { 1, 2 })));
        var item = Object("Item", Field("value", Int, async c =>
        {
            var loader = c.GetDataLoader("failing", () => new DataLoader<int, int>((_, _) => throw new GraphQLException("store offline")));
            return await loader.LoadAsync((int)c.Parent!);
        }));
        query.Fields.Add(Constant("items", List(item), new List<object?> { 1, 2 }));

        var json = await new RequestExecutor(Build(query)).ExecuteAsync("{ items { value } }");

        Assert.Equal(
            Json("{'errors':[" +
                "{'message':'store offline','locations':[{'line':1,'column':11}],'path':['items',0,'value']}," +
                "{'message':'store offline','locations':[{'line':1,'column':11}],'path':['items',1,'value']}]," +
                "'data':{'items':[{'value':null},{'value':null}]}}"),
            json);
    }

    [Fact]
    public async Task Loads_asked_after_other_awaits_are_still_dispatched()
    {
        var batches = 0;
        var item = Object("Item", Field("double", Int, async c =>
        {
            await Task.Delay(1 + ((int)c.Parent! % 3));
            var loader = c.GetDataLoader("double", () => new DataLoader<int, int>((keys, _) =>
            {
                Interlocked.Increment(ref batches);
                return new ValueTask<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
            }));
            return await loader.LoadAsync((int)c.Parent!);
        }));
        var query = Object("Query", Constant("items", List(item), Enumerable.Range(1, 20).Select(i => (object?)i).ToList()));

        var json = await new RequestExecutor(Build(query)).ExecuteAsync("{ items { double } }").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Json("{'data':{'items':[" + string.Join(",", Enumerable.Range(1, 20).Select(i => "{'double':" + (i * 2) + "}")) + "]}}"), json);
        Assert.InRange(batches, 1, 20);
    }
}
