using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

public class QueryExecutionTests
{
    private static readonly Dictionary<string, object?> Root = new()
    {
        ["name"] = "Ada",
        ["age"] = 36L,
        ["score"] = 1.5,
        ["tags"] = new List<object?> { "a", "b" },
        ["friend"] = new Dictionary<string, object?> { ["name"] = "Grace", ["age"] = 45L },
    };

    private static RequestExecutor PersonExecutor()
    {
        var person = new ObjectType("Person");
        Fill(person,
            Field("name", Str),
            Field("age", Int),
            Field("score", Float),
            Field("tags", List(Str)),
            Field("friend", person),
            Field("greet", Str, c => new ValueTask<object?>($"Hello {c.Arguments["to"]}, {c.Arguments["punctuation"]}"),
                Argument("to", NonNull(Str)), Argument("punctuation", Str, "\"!\"")));
        return new RequestExecutor(Build(person));
    }

    [Fact]
    public async Task Resolves_fields_in_document_order_with_aliases()
    {
        var json = await PersonExecutor().ExecuteAsync("{ age n: name friend { name } tags score }", rootValue: Root);

        Assert.Equal(Json("{'data':{'age':36,'n':'Ada','friend':{'name':'Grace'},'tags':['a','b'],'score':1.5}}"), json);
    }

    [Fact]
    public async Task Merges_fields_of_the_same_response_key_from_fragments()
    {
        var json = await PersonExecutor().ExecuteAsync(
            "{ friend { name } ...F ... on Person { friend { name age } } } fragment F on Person { friend { age } name }",
            rootValue: Root);

        Assert.Equal(Json("{'data':{'friend':{'name':'Grace','age':45},'name':'Ada'}}"), json);
    }

    [Fact]
    public async Task Coerces_arguments_with_defaults_and_variables()
    {
        var executor = PersonExecutor();

        var literal = await executor.ExecuteAsync("{ greet(to: \"Bob\") }", rootValue: Root);
        var variable = await executor.ExecuteAsync("query($p: String) { greet(to: \"Bob\", punctuation: $p) }", "{\"p\":\"?\"}", Root);
        var absentVariable = await executor.ExecuteAsync("query($p: String) { greet(to: \"Bob\", punctuation: $p) }", "{}", Root);
        var nullVariable = await executor.ExecuteAsync("query($p: String) { greet(to: \"Bob\", punctuation: $p) }", "{\"p\":null}", Root);

        Assert.Equal(Json("{'data':{'greet':'Hello Bob, !'}}"), literal);
        Assert.Equal(Json("{'data':{'greet':'Hello Bob, ?'}}"), variable);
        Assert.Equal(Json("{'data':{'greet':'Hello Bob, !'}}"), absentVariable);
        Assert.Equal(Json("{'data':{'greet':'Hello Bob, '}}"), nullVariable);
    }

    [Fact]
    public async Task Skip_and_include_follow_literals_and_variables()
    {
        var executor = PersonExecutor();
        const string query = "query($yes: Boolean!) { name @skip(if: $yes) age @include(if: $yes) ... on Person @skip(if: true) { score } }";

        var withTrue = await executor.ExecuteAsync(query, "{\"yes\":true}", Root);
        var withFalse = await executor.ExecuteAsync(query, "{\"yes\":false}", Root);
        var again = await executor.ExecuteAsync(query, "{\"yes\":true}", Root);

        Assert.Equal(Json("{'data':{'age':36}}"), withTrue);
        Assert.Equal(Json("{'data':{'name':'Ada'}}"), withFalse);
        Assert.Equal(withTrue, again);
    }

    [Fact]
    public async Task Typename_names_the_runtime_type()
    {
        var json = await PersonExecutor().ExecuteAsync("{ __typename friend { __typename t: __typename } }", rootValue: Root);

        Assert.Equal(Json("{'data':{'__typename':'Person','friend':{'__typename':'Person','t':'Person'}}}"), json);
    }

    [Fact]
    public async Task Serializes_enums_by_their_internal_values()
    {
        var color = Enum("Color", "RED", "GREEN");
        color.Values["GREEN"]!.Value = 2;
        var query = Object("Query",
            Constant("favorite", color, 2),
            Constant("all", List(color), new List<object?> { "RED", 2 }),
            Constant("unknown", color, "BLUE"));
        var executor = new RequestExecutor(Build(query));

        var json = await executor.ExecuteAsync("{ favorite all unknown }");

        Assert.Equal(
            Json("{'errors':[{'message':'Enum \\'Color\\' cannot represent value: \\'BLUE\\'','locations':[{'line':1,'column':16}],'path':['unknown']}],'data':{'favorite':'GREEN','all':['RED','GREEN'],'unknown':null}}"),
            json);
    }

    [Fact]
    public async Task Runs_async_resolvers_concurrently()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource();
        FieldResolver waitForBoth = async _ =>
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return "done";
        };
        var executor = new RequestExecutor(Build(Object("Query", Field("a", Str, waitForBoth), Field("b", Str, waitForBoth))));

        var json = await executor.ExecuteAsync("{ a b }");

        Assert.Equal(Json("{'data':{'a':'done','b':'done'}}"), json);
    }

    [Fact]
    public async Task Completes_async_values_deep_in_lists_in_order()
    {
        var item = Object("Item",
            Field("id", Int, async c => { await Task.Delay(5 - (int)(long)((Dictionary<string, object?>)c.Parent!)["id"]!); return ((Dictionary<string, object?>)c.Parent!)["id"]; }),
            Field("label", Str));
        var items = Enumerable.Range(1, 4).Select(i => (object?)new Dictionary<string, object?> { ["id"] = (long)i, ["label"] = $"#{i}" }).ToList();
        var query = Object("Query", Field("items", List(item), async _ => { await Task.Yield(); return items; }));

        var json = await new RequestExecutor(Build(query)).ExecuteAsync("{ items { id label } }");

        Assert.Equal(Json("{'data':{'items':[{'id':1,'label':'#1'},{'id':2,'label':'#2'},{'id':3,'label':'#3'},{'id':4,'label':'#4'}]}}"), json);
    }

    [Fact]
    public async Task Cancellation_ends_execution()
    {
        using var cancellation = new CancellationTokenSource();
        var query = Object("Query", Field("slow", Str, async c =>
        {
            cancellation.Cancel();
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new RequestExecutor(Build(query)).ExecuteAsync("{ slow }", cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Resolvers_see_their_path_and_context()
    {
        var paths = new List<string>();
        var leaf = Object("Leaf", Field("here", Str, c =>
        {
            paths.Add(string.Join("/", c.Path));
            return new ValueTask<object?>(c.FieldNodes[0].ResponseKey + ":" + c.ParentType.Name + "." + c.FieldDefinition.Name);
        }));
        var query = Object("Query", Constant("leaves", List(leaf), new List<object?> { 1, 2 }));

        var json = await new RequestExecutor(Build(query)).ExecuteAsync("{ leaves { x: here } }");

        Assert.Equal(Json("{'data':{'leaves':[{'x':'x:Leaf.here'},{'x':'x:Leaf.here'}]}}"), json);
        Assert.Equal(["leaves/0/x", "leaves/1/x"], paths);
    }

    [Fact]
    public async Task Schema_meta_fields_are_available_on_the_query_root()
    {
        var executor = PersonExecutor();

        var json = await executor.ExecuteAsync("{ __schema { queryType { name } } __type(name: \"Person\") { name kind } }", rootValue: Root);

        Assert.Equal(Json("{'data':{'__schema':{'queryType':{'name':'Person'}},'__type':{'name':'Person','kind':'OBJECT'}}}"), json);
    }

    [Fact]
    public async Task Completes_lists_of_any_enumerable_shape()
    {
        var query = Object("Query",
            Constant("values", List(Int), new List<int> { 1, 2 }),
            Constant("array", List(Str), new[] { "a", "b" }),
            Constant("lazy", List(Int), Enumerable.Range(1, 3).Select(i => i * 10)),
            Constant("nested", List(List(Int)), new List<object?> { new[] { 1L }, new List<int> { 2, 3 } }));

        var json = await new RequestExecutor(Build(query)).ExecuteAsync("{ values array lazy nested }");

        Assert.Equal(Json("{'data':{'values':[1,2],'array':['a','b'],'lazy':[10,20,30],'nested':[[1],[2,3]]}}"), json);
    }
}
