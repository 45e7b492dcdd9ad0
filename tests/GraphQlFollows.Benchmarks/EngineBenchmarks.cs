using BenchmarkDotNet.Attributes;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;
using GraphQlFollows.GraphQL.Validation;

namespace GraphQlFollows.Benchmarks;

/// <summary>
/// The engine on the same documents graphql-js-bench.mjs runs: the follow API's schema, a page of 50 follows
/// with fragments and variables, and the full introspection query; and the page again from an executor that prices
/// each operation by the schema's cost directives (the page's size is a variable, read per request).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private RequestExecutor _pricingExecutor = null!;
    private string _pageSource = null!;
    private GraphQLRequest _pageRequest = null!;
    private GraphQLRequest _introspectionRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = new SchemaBuilder(Document("schema.graphql")).Build();
        _executor = new RequestExecutor(_schema);
        _pricingExecutor = new RequestExecutor(_schema, new ExecutionOptions { MaxCost = 10_000 });
        _pageSource = Document("follows-page.graphql");
        var root = (IReadOnlyDictionary<string, object?>)JsonValues.Parse(File.ReadAllBytes(Path("follows-page.root.json")))!;
        var address = ((IReadOnlyDictionary<string, object?>)root["address"]!)["address"];
        _pageRequest = new GraphQLRequest
        {
            Query = _pageSource,
            RootValue = root,
            Variables = new Dictionary<string, object?> { ["address"] = address, ["first"] = 50L },
        };
        _introspectionRequest = new GraphQLRequest { Query = Document("introspection-query.graphql") };
        EnsureNoErrors(_pageRequest);
        EnsureNoErrors(_introspectionRequest);
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_pageSource);

    [Benchmark]
    public IReadOnlyList<GraphQlFollows.GraphQL.GraphQLError> ParseAndValidate() =>
        DocumentValidator.Validate(_schema, Parser.Parse(_pageSource));

    [Benchmark]
    public ExecutionResult ExecuteCached() => Execute(_pageRequest);

    [Benchmark]
    public ExecutionResult ExecuteCachedPriced() => Execute(_pricingExecutor, _pageRequest);

    [Benchmark]
    public ExecutionResult Introspection() => Execute(_introspectionRequest);

    private void EnsureNoErrors(GraphQLRequest request)
    {
        var result = Execute(request);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
        }
    }

    // Resolvers here complete synchronously, so the ValueTask is read without a Task allocation.
    private ExecutionResult Execute(GraphQLRequest request) => Execute(_executor, request);

    private static ExecutionResult Execute(RequestExecutor executor, GraphQLRequest request)
    {
        var pending = executor.ExecuteAsync(request);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Documents", name);

    private static string Document(string name) => File.ReadAllText(Path(name));
}
