using GraphQlFollows.GraphQL.Execution;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

public class RequestExecutorTests
{
    private static RequestExecutor Executor(int cacheSize = 1000) =>
        new(Build(Object("Query", Constant("a", Int, 1), Constant("b", Int, 2))), new ExecutionOptions { DocumentCacheSize = cacheSize });

    [Fact]
    public void A_repeated_query_is_prepared_once()
    {
        var executor = Executor();

        var first = executor.Prepare("{ a }", null);
        var second = executor.Prepare("{ a }", null);
        var other = executor.Prepare("{ b }", null);

        Assert.Same(first, second);
        Assert.NotSame(first, other);
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public void The_cache_drops_the_least_recently_used_document()
    {
        var executor = Executor(cacheSize: 2);
        var a = executor.Prepare("{ a }", null);
        var b = executor.Prepare("{ b }", null);

        Assert.Same(a, executor.Prepare("{ a }", null));
        executor.Prepare("{ a b }", null);

        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.Same(a, executor.Prepare("{ a }", null));
        Assert.NotSame(b, executor.Prepare("{ b }", null));
    }

    [Fact]
    public void The_cache_holds_a_bounded_amount_of_text()
    {
        var executor = new RequestExecutor(Executor().Schema, new ExecutionOptions { DocumentCacheMaxChars = 12 });
        var small = executor.Prepare("{ a }", null);
        executor.Prepare("{ b }", null);

        Assert.NotSame(executor.Prepare("{ a b a b a b }", null), executor.Prepare("{ a b a b a b }", null));
        executor.Prepare("{ a b }", null);

        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.NotSame(small, executor.Prepare("{ a }", null));
    }

    [Fact]
    public void Operations_of_one_document_are_picked_by_name()
    {
        var executor = Executor();
        const string document = "query A { a } query B { b }";

        Assert.Equal("A", executor.Prepare(document, "A").Operation?.Name?.Value);
        Assert.Equal("B", executor.Prepare(document, "B").Operation?.Name?.Value);
        Assert.Same(executor.Prepare(document, "A"), executor.Prepare(document, "A"));

        // Names that pick no operation are answered but not kept, so clients cannot grow the cache with them.
        Assert.NotSame(executor.Prepare(document, "C"), executor.Prepare(document, "C"));
        Assert.False(executor.Prepare(document, "C").IsValid);
    }

    [Theory]
    [InlineData("query A { a } query B { b }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { a }", "C", "Unknown operation named \\'C\\'.")]
    public async Task Operation_selection_errors_are_request_errors(string document, string? operationName, string message)
    {
        var json = await Executor().ExecuteAsync(document, operationName: operationName);

        Assert.Equal(Json("{'errors':[{'message':'" + message + "'}]}"), json);
    }

    [Fact]
    public async Task Syntax_errors_are_request_errors_with_their_location()
    {
        var json = await Executor().ExecuteAsync("{ a ");

        Assert.Equal(Json("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':5}]}]}"), json);
    }

    [Fact]
    public async Task Parallel_requests_share_prepared_operations_safely()
    {
        var executor = Executor();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            executor.ExecuteAsync(i % 2 == 0 ? "{ a b }" : "query($s: Boolean!) { a @skip(if: $s) b }", "{\"s\":" + (i % 4 == 1 ? "true" : "false") + "}"))));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 4 == 1 ? Json("{'data':{'b':2}}") : Json("{'data':{'a':1,'b':2}}"), results[i]);
        }
    }

    [Fact]
    public async Task Validation_errors_are_request_errors()
    {
        var json = await Executor().ExecuteAsync("{ a unknown }");

        Assert.Equal(Json("{'errors':[{'message':'Cannot query field \\'unknown\\' on type \\'Query\\'.','locations':[{'line':1,'column':5}]}]}"), json);
    }

    [Fact]
    public async Task Parser_limits_come_from_the_options()
    {
        var schema = Executor().Schema;
        var executor = new RequestExecutor(schema, new ExecutionOptions { ParserOptions = new GraphQlFollows.GraphQL.Language.ParserOptions { MaxTokens = 3 } });

        var small = await executor.ExecuteAsync("{ a }");
        var large = await executor.ExecuteAsync("{ a b }");

        Assert.Equal(Json("{'data':{'a':1}}"), small);
        Assert.StartsWith(Json("{'errors':[{'message':'Syntax Error:"), large);
        Assert.DoesNotContain("data", large);
    }

    [Fact]
    public async Task A_prepared_operation_runs_again_without_preparing()
    {
        var executor = Executor();
        var operation = executor.Prepare("query($s: Boolean!) { a @include(if: $s) b }", null);

        var first = await executor.ExecuteAsync(operation, new GraphQLRequest { Query = "", Variables = new Dictionary<string, object?> { ["s"] = true } }, CancellationToken.None);
        var second = await executor.ExecuteAsync(operation, new GraphQLRequest { Query = "", Variables = new Dictionary<string, object?> { ["s"] = false } }, CancellationToken.None);

        Assert.Equal(["a", "b"], first.Data!.Select(e => e.Key));
        Assert.Equal(["b"], second.Data!.Select(e => e.Key));
    }
}
