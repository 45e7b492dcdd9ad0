using System.Text.Json.Nodes;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Validation.Limits;

namespace GraphQlFollows.GraphQL.Tests.Validation;

/// <summary>
/// Operations priced by the cost directives: fields and objects cost 1 (leaves 0), lists multiply their items by
/// their slicing arguments or assumed size, weights add, and an operation dearer than the limit is refused before
/// any resolver runs.
/// </summary>
public class OperationCostTests
{
    private const string Sdl = CostDirectives.Definitions + """

        type Query {
          profile: Profile
          search(first: Int, last: Int, after: String): ProfileConnection!
            @listSize(assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)
            @cost(weight: "10")
          top(limit: Int): [Profile!]! @listSize(slicingArguments: ["limit"])
          recent(limit: Int = 5): [Profile!]! @listSize(slicingArguments: ["limit"], requireOneSlicingArgument: false)
          everyone: [Profile!]! @listSize(assumedSize: 50)
          unsized: [Profile!]!
          tags: [String!]!
          node: Node
          verify(signature: String @cost(weight: "3")): Boolean @cost(weight: "7")
        }
        interface Node { id: ID }
        type Profile implements Node {
          id: ID
          handle: String
          followers(first: Int): [Profile!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
        }
        type Heavy implements Node @cost(weight: "4") { id: ID }
        type ProfileConnection { edges: [ProfileEdge!]! totalCount: Int }
        type ProfileEdge { node: Profile! }
        """;

    private static readonly Schema Schema = new SchemaBuilder(Sdl).Build();

    private static async Task<double> CostAsync(string query, object? variables = null)
    {
        var result = await Execute(new RequestExecutor(Schema, new ExecutionOptions { MaxCost = double.MaxValue }), query, variables);
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions![OperationCostLimit.CostExtension]!;
        return (double)cost["requested"]!;
    }

    private static ValueTask<ExecutionResult> Execute(RequestExecutor executor, string query, object? variables = null) =>
        executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonSerializerVariables(variables),
            ReportCost = true,
        });

    private static Dictionary<string, object?> JsonSerializerVariables(object variables) =>
        JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables))!.AsObject()
            .ToDictionary(entry => entry.Key, entry => (object?)entry.Value?.GetValue<long>());

    [Theory]
    [InlineData("{ __typename }", 1)]
    [InlineData("{ profile { handle } }", 3)]
    [InlineData("{ profile { followers(first: 10) { handle } } }", 14)]
    [InlineData("{ profile { followers(first: 10) { followers(first: 10) { handle } } } }", 124)]
    [InlineData("{ tags }", 2)]
    [InlineData("{ everyone { id } }", 52)]
    [InlineData("{ unsized { id } }", 3)]
    [InlineData("{ recent { id } }", 7)]
    [InlineData("{ recent(limit: null) { id } }", 7)]
    [InlineData("{ recent(limit: 2) { id } }", 4)]
    public async Task Fields_and_objects_cost_one_and_lists_multiply_their_items(string query, double cost) =>
        Assert.Equal(cost, await CostAsync(query));

    [Theory]
    [InlineData("{ search(first: 7) { totalCount edges { node { handle } } } }", 34)]
    [InlineData("{ search(first: 3, last: 9) { edges { node { handle } } } }", 40)]
    [InlineData("{ search { edges { node { id } } } }", 73)]
    public async Task A_connection_sizes_its_edges_by_its_slicing_arguments(string query, double cost) =>
        Assert.Equal(cost, await CostAsync(query));

    [Theory]
    [InlineData("{ verify }", 8)]
    [InlineData("{ verify(signature: \"0x\") }", 11)]
    [InlineData("{ node { id } }", 3)]
    [InlineData("{ node { ... on Profile { followers(first: 4) { id } } } }", 8)]
    public async Task Weights_add_and_an_abstract_type_costs_its_dearest_possible_type(string query, double cost) =>
        Assert.Equal(cost, await CostAsync(query));

    [Fact]
    public async Task Slicing_arguments_given_as_variables_are_read_per_request()
    {
        const string query = "query($n: Int) { profile { followers(first: $n) { handle } } }";
        const string withDefault = "query($l: Int) { recent(limit: $l) { id } }";

        Assert.Equal(7, await CostAsync(query, new { n = 3 }));
        Assert.Equal(104, await CostAsync(query, new { n = 100 }));
        Assert.Equal(5, await CostAsync(query, new { }));
        Assert.Equal(7, await CostAsync(withDefault, new { }));
        Assert.Equal(22, await CostAsync(withDefault, new { l = 20 }));
    }

    [Fact]
    public async Task A_fragment_costs_wherever_it_is_spread_and_skipped_fields_count()
    {
        const string fragment = " fragment F on Profile { followers(first: $n) { id } }";

        Assert.Equal(25, await CostAsync("query($n: Int) { profile { ...F ...F } }" + fragment, new { n = 10 }));
        Assert.Equal(25, await CostAsync("query($n: Int, $no: Boolean = false) { profile { ...F ...F @include(if: $no) } }" + fragment, new { n = 10 }));
        Assert.Equal(3 + 2 * 101, await CostAsync("query($n: Int) { profile { ... { ...F } ...F } }" + fragment, new { n = 100 }));
    }

    [Fact]
    public async Task An_operation_dearer_than_the_limit_is_refused_before_any_resolver_runs()
    {
        var resolved = 0;
        var schema = new SchemaBuilder(Sdl)
            .BindResolver("Query", "profile", _ => { resolved++; return new ValueTask<object?>(new object()); })
            .BindResolver("Profile", "followers", _ => { resolved++; return new ValueTask<object?>(Array.Empty<object>()); })
            .Build();
        var executor = new RequestExecutor(schema, new ExecutionOptions { MaxCost = 100 });
        const string query = "query($n: Int) { profile { followers(first: $n) { followers(first: $n) { handle } } } }";

        var refused = await Execute(executor, query, new { n = 10 });

        Assert.False(refused.HasData);
        var error = Assert.Single(refused.Errors!);
        Assert.Equal(OperationCostLimit.TooHighCode, error.Extensions!["code"]);
        var price = (IReadOnlyDictionary<string, object?>)error.Extensions[OperationCostLimit.CostExtension]!;
        Assert.Equal(124.0, price["requested"]);
        Assert.Equal(100.0, price["maximum"]);
        Assert.Equal(0, resolved);

        var admitted = await Execute(executor, query, new { n = 5 });
        Assert.Null(admitted.Errors);
        Assert.Equal(2, resolved);
        Assert.Equal(3 + 1 + 5 * (1 + 1 + 5), (double)((IReadOnlyDictionary<string, object?>)admitted.Extensions!["cost"]!)["requested"]!);
    }

    [Fact]
    public async Task Abstract_types_nested_in_each_other_are_priced_without_trying_every_path()
    {
        const int possibleTypes = 8;
        const int depth = 14;
        var types = string.Concat(Enumerable.Range(0, possibleTypes).Select(i => $" type T{i} implements Node {{ next: Node }}"));
        var schema = new SchemaBuilder("type Query { node: Node } interface Node { next: Node }" + types).Build();
        var query = "{ node { " + string.Concat(Enumerable.Repeat("next { ", depth)) + "__typename" + new string('}', depth + 2);

        var result = await new RequestExecutor(schema, new ExecutionOptions { MaxCost = 1 })
            .ExecuteAsync(new GraphQLRequest { Query = query, ReportCost = true });

        // 8 to the 14th paths, each level a field and an object: the root and 15 levels of 2.
        Assert.Equal(1 + 2 * (depth + 1), (double)((IReadOnlyDictionary<string, object?>)result.Extensions!["cost"]!)["requested"]!);
    }

    [Fact]
    public void A_field_that_requires_one_slicing_argument_is_refused_without_it()
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { MaxCost = 1000 });

        Assert.True(executor.Prepare("{ top(limit: 3) { id } }", null).IsValid);
        var error = Assert.Single(executor.Prepare("{ top { id } }", null).Errors);
        Assert.Contains("limit", error.Message);
    }

    [Theory]
    [InlineData("type Query { a(first: Int): [Int] @listSize(slicingArguments: [\"frist\"]) }", "slicing argument \"frist\"")]
    [InlineData("type Query { a(first: String): [Int] @listSize(slicingArguments: [\"first\"]) }", "slicing argument \"first\"")]
    [InlineData("type Query { a: C @listSize(assumedSize: 5, sizedFields: [\"edge\"]) } type C { edges: [Int] }", "sized field \"edge\"")]
    [InlineData("type Query { a: Int @listSize(assumedSize: 5) }", "sizes nothing")]
    [InlineData("type Query { a: [Int] @listSize(assumedSize: -1) }", "must not be negative")]
    [InlineData("type Query { a: Int @cost(weight: \"heavy\") }", "must be a number")]
    public void Misapplied_cost_directives_fail_the_schema(string sdl, string problem)
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder(CostDirectives.Definitions + "\n" + sdl).Build());

        Assert.Contains(error.Errors, e => e.Message.Contains(problem));
    }
}
