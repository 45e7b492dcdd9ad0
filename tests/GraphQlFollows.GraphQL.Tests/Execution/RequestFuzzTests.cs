using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;
using GraphQlFollows.Tests.Shared;
using Xunit.Abstractions;

namespace GraphQlFollows.GraphQL.Tests.Execution;

/// <summary>
/// Hostile requests through the whole engine (parse, validate, coerce, execute, write JSON), reproducible through a
/// fixed seed (<c>REQUEST_FUZZ_SEED</c> runs another). Byte-level mutation mostly stops at the parser, so documents are mutated token by token with the
/// schema's own vocabulary: most of them parse and then exercise validation, variable coercion and execution.
/// Every request must end as a well-formed response (errors, data, or both), never as an exception.
/// </summary>
public partial class RequestFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20251122;
    private const int MutatedRequests = 6_000;

    private const string Sdl = """
        scalar Json
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name(upper: Boolean = false): String }
        type Person implements Node & Named { id: ID! name(upper: Boolean = false): String age: Int friends(first: Int = 2, kind: Kind): [Person!]! pet: Pet data: Json }
        type Dog implements Node & Named { id: ID! name(upper: Boolean = false): String barks: Boolean! owner: Person }
        type Cat implements Node { id: ID! lives: Int! }
        union Pet = Dog | Cat
        enum Kind { CLOSE FAR }
        input Filter @oneOf { id: ID name: String }
        input Page { first: Int! = 10 after: String tags: [String!] nested: Page }
        type Query {
          node(id: ID!): Node
          people(page: Page, kind: [Kind!] = [CLOSE]): [Person]
          find(filter: Filter!): Named
          echo(value: Json, f: Float, i: Int, s: String, b: Boolean): Json
          required: Person!
        }
        type Mutation { rename(id: ID!, name: String!): Named }
        """;

    private static readonly string[] Seeds =
    [
        "query Q($id: ID!, $up: Boolean = true) { node(id: $id) { id ... on Named { name(upper: $up) } ...P } } fragment P on Person { age friends(first: 1) { id pet { __typename ... on Dog { barks owner { id } } ... on Cat { lives } } } }",
        "query ($p: Page, $k: [Kind!]) { people(page: $p, kind: $k) { id name age data friends(kind: FAR) { name @include(if: true) age @skip(if: false) } } }",
        "query ($f: Filter!) { find(filter: $f) { __typename id name } required { id } }",
        "{ echo(value: {a: [1, 2.5, \"x\", null, {b: true}]}, f: 1e3, i: -7, s: \"\"\"block\"\"\", b: false) a: echo(i: 2147483647) }",
        "mutation M($id: ID!, $n: String!) { first: rename(id: $id, name: $n) { id } second: rename(id: \"2\", name: \"x\") { name } }",
        "{ __schema { types { name fields(includeDeprecated: true) { name type { ofType { name } } } } } __type(name: \"Person\") { name } }",
        "query A { people { id } } query B($x: Int) { echo(i: $x) } subscription S { people { id } }",
    ];

    private static readonly string[] Vocabulary =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "...", "=", "!", "|", "&",
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null",
        "node", "people", "find", "echo", "required", "rename", "id", "name", "age", "friends", "pet", "data",
        "barks", "owner", "lives", "__typename", "__schema", "__type", "Person", "Dog", "Cat", "Named", "Node", "Pet",
        "Kind", "CLOSE", "FAR", "Filter", "Page", "first", "after", "tags", "nested", "upper", "kind", "filter",
        "value", "include", "skip", "if", "$id", "$p", "$f", "$k", "$x", "$up", "P", "Q", "0", "-1", "2147483648",
        "1.5", "1e400", "\"s\"", "\"\\u{1F600}\"", "{a: 1}", "[1, [2]]",
    ];

    private static readonly Schema TestedSchema = BuildSchema();

    [Fact]
    public async Task Mutated_requests_end_in_well_formed_responses()
    {
        var random = new Random(TestSeed.Choose(output, "REQUEST_FUZZ_SEED", Seed));
        var executor = new RequestExecutor(TestedSchema);
        var outcomes = new int[3];
        for (var i = 0; i < MutatedRequests; i++)
        {
            var request = new GraphQLRequest
            {
                Query = MutateTokens(random, Seeds[random.Next(Seeds.Length)]),
                OperationName = random.Next(4) == 0 ? Vocabulary[random.Next(Vocabulary.Length)] : null,
                Variables = random.Next(2) == 0 ? RandomVariables(random) : ValidVariables,
                RootValue = RootValue,
            };
            outcomes[await Outcome(executor, request, i)]++;
        }

        // The mutations must reach every stage, or the test would only be exercising the parser.
        Assert.All(outcomes, count => Assert.True(count > MutatedRequests / 50, string.Join(", ", outcomes)));
    }

    [Fact]
    public async Task Deeply_nested_variable_values_are_refused_cleanly()
    {
        var executor = new RequestExecutor(TestedSchema);
        object? page = null;
        object? list = "x";
        for (var i = 0; i < 10_000; i++)
        {
            page = new Dictionary<string, object?> { ["first"] = 1L, ["nested"] = page };
            list = new List<object?> { list };
        }

        foreach (var variables in new[] { new Dictionary<string, object?> { ["p"] = page }, new() { ["p"] = list } })
        {
            var request = new GraphQLRequest { Query = "query ($p: Page) { people(page: $p) { id } }", Variables = variables, RootValue = RootValue };
            var outcome = await Outcome(executor, request, -1);
            Assert.NotEqual(2, outcome);
        }
    }

    [Fact]
    public async Task Recursive_fragments_and_deep_selections_are_refused_cleanly()
    {
        var executor = new RequestExecutor(TestedSchema);
        var deep = new StringBuilder("{ people { ");
        for (var i = 0; i < 60; i++)
        {
            deep.Append("friends { ");
        }

        deep.Append("id").Append(new string('}', 62));
        var cycle = new GraphQLRequest
        {
            Query = "{ people { ...A } } fragment A on Person { friends { ...B } } fragment B on Person { pet { ... on Dog { owner { ...A } } } }",
            RootValue = RootValue,
        };
        var nested = new GraphQLRequest { Query = deep.ToString(), RootValue = RootValue };

        // The cycle is a validation error, so nothing runs.
        Assert.Equal(0, await Outcome(executor, cycle, -1));
        var refused = await executor.ExecuteAsync(cycle);
        Assert.Contains(refused.Errors!, error => error.Message == "Cannot spread fragment \"A\" within itself via \"B\".");

        // The deep selection is valid and runs until the data ends: the second person's friends are null where the
        // schema says never, so the error nulls the path up to the nearest nullable field and names where it was.
        Assert.Equal(2, await Outcome(executor, nested, -1));
        var executed = await executor.ExecuteAsync(nested);
        var error = Assert.Single(executed.Errors!);
        Assert.Equal("Cannot return null for non-nullable field Person.friends.", error.Message);
        Assert.Equal(["people", 0, "friends", 0, "friends"], error.Path!);
    }

    /// <summary>0: a request error (no data), 1: executed without errors, 2: executed with field errors.</summary>
    private static async Task<int> Outcome(RequestExecutor executor, GraphQLRequest request, int index)
    {
        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(request);
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"request {index} threw {exception.GetType().Name}: {exception.Message}\n{request.Query}");
        }

        using var json = JsonDocument.Parse(ExecutionResultWriter.ToUtf8Bytes(result));
        var hasErrors = json.RootElement.TryGetProperty("errors", out var errors);
        Assert.Equal(result.HasData, json.RootElement.TryGetProperty("data", out _));
        if (hasErrors)
        {
            Assert.All(errors.EnumerateArray(), error => Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString())));
        }

        Assert.True(result.HasData || hasErrors, $"request {index} has neither data nor errors");
        return !result.HasData ? 0 : hasErrors ? 2 : 1;
    }

    private static string MutateTokens(Random random, string seed)
    {
        var tokens = TokenPattern().Matches(seed).Select(m => m.Value).ToList();
        var edits = random.Next(4);
        for (var e = 0; e < edits && tokens.Count > 0; e++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(4))
            {
                case 0:
                    tokens[at] = Vocabulary[random.Next(Vocabulary.Length)];
                    break;
                case 1:
                    tokens.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 2:
                    tokens.RemoveAt(at);
                    break;
                default:
                    tokens.Insert(at, tokens[random.Next(tokens.Count)]);
                    break;
            }
        }

        return string.Join(' ', tokens);
    }

    private static readonly IReadOnlyDictionary<string, object?> ValidVariables = new Dictionary<string, object?>
    {
        ["id"] = "1",
        ["up"] = true,
        ["p"] = new Dictionary<string, object?> { ["first"] = 1L, ["tags"] = new List<object?> { "a" } },
        ["k"] = new List<object?> { "CLOSE" },
        ["f"] = new Dictionary<string, object?> { ["name"] = "Rex" },
        ["x"] = 1L,
        ["n"] = "renamed",
    };

    private static Dictionary<string, object?> RandomVariables(Random random)
    {
        var variables = new Dictionary<string, object?>();
        foreach (var name in new[] { "id", "up", "p", "k", "f", "x", "n" })
        {
            if (random.Next(3) > 0)
            {
                variables[name] = RandomValue(random, 3);
            }
        }

        return variables;
    }

    private static object? RandomValue(Random random, int depth) => random.Next(depth > 0 ? 10 : 7) switch
    {
        0 => null,
        1 => (long)random.Next(-3, 3) * (random.Next(2) == 0 ? 1 : 4_000_000_000L),
        2 => random.NextDouble() * 10 - 5,
        3 => random.Next(2) == 0,
        4 => new[] { "1", "CLOSE", "FAR", "", "😀", "x" }[random.Next(6)],
        5 => double.MaxValue,
        6 => "9223372036854775808",
        7 => Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth - 1)).ToList(),
        _ => new[] { "first", "after", "tags", "nested", "id", "name", "bogus" }
            .Where(_ => random.Next(2) == 0)
            .ToDictionary(key => key, _ => RandomValue(random, depth - 1)),
    };

    private static readonly IReadOnlyDictionary<string, object?> RootValue = JsonValues.Parse("""
        {
          "node": {"__typename": "Person", "id": "1", "name": "Ada", "age": 36, "friends": [], "data": {"k": [1, "two"]}},
          "people": [
            {"__typename": "Person", "id": "1", "name": "Ada", "age": "not a number", "friends": [
              {"__typename": "Person", "id": "2", "name": null, "friends": null, "pet": {"__typename": "Dog", "id": "d", "barks": null}}
            ], "pet": {"__typename": "Cat", "id": "c", "lives": 9}},
            null
          ],
          "find": {"__typename": "Dog", "id": "d", "name": "Rex", "barks": true},
          "echo": 12.5,
          "required": null,
          "rename": {"__typename": "Unknown", "id": "3"}
        }
        """u8) as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException("The root value is not an object.");

    private static Schema BuildSchema() =>
        new SchemaBuilder(Sdl).WithDefaultTypeResolver((value, _) =>
            value is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault("__typename") as string : null).Build();

    [GeneratedRegex("\"\"\".*?\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"|\\.\\.\\.|[$@]?[A-Za-z_][A-Za-z0-9_]*|-?[0-9][0-9.eE+-]*|\\S", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();
}
