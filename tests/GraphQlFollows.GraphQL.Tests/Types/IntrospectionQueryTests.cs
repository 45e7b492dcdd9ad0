using System.Text.Json.Nodes;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Tests.Types;

/// <summary>
/// The full introspection query (every option of graphql-js's getIntrospectionQuery on) gives, for
/// Expected/introspection-schema.graphql, the result graphql-js gives (Expected/introspection.json, made by
/// make-introspection.mjs): same types in the same order, same descriptions, defaults and deprecations.
/// </summary>
public class IntrospectionQueryTests
{
    private static readonly string Expected = Path.Combine(AppContext.BaseDirectory, "Types", "Expected");

    [Fact]
    public async Task Gives_the_result_graphql_js_gives()
    {
        var schema = new SchemaBuilder(File.ReadAllText(Path.Combine(Expected, "introspection-schema.graphql"))).Build();
        var query = File.ReadAllText(Path.Combine(Expected, "introspection-query.graphql"));

        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query });

        var actual = JsonNode.Parse(ExecutionResultWriter.ToUtf8Bytes(result));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Expected, "introspection.json")));
        Assert.Equal(expected!.ToJsonString(), actual!.ToJsonString());
    }

    [Fact]
    public async Task Answers_type_and_typename_meta_fields()
    {
        var schema = new SchemaBuilder("type Query { a: Int } enum E { A B @deprecated }").Build();
        const string query = """{ __typename e: __type(name: "E") { kind name enumValues(includeDeprecated: true) { name isDeprecated } } none: __type(name: "Nope") { name } }""";

        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.Equal(
            """{"data":{"__typename":"Query","e":{"kind":"ENUM","name":"E","enumValues":[{"name":"A","isDeprecated":false},{"name":"B","isDeprecated":true}]},"none":null}}""",
            System.Text.Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result)));
    }
}
