using System.Text.Json;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Tests.Types;

/// <summary>
/// SchemaPrinter prints what graphql-js's printSchema prints for the same SDL (Expected/printed-schemas.json, made by
/// make-printed-schemas.mjs), the project's schema.graphql included.
/// </summary>
public class SchemaPrinterTests
{
    public static TheoryData<string> Ids => [.. Cases.Value.Keys];

    private static readonly Lazy<Dictionary<string, PrintedSchema>> Cases = new(Load);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Prints_what_graphql_js_prints(string id)
    {
        var expected = Cases.Value[id];

        var schema = new SchemaBuilder(expected.Sdl).Build();

        Assert.Equal(expected.Printed, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_text_that_builds_the_same_schema_again()
    {
        var printed = SchemaPrinter.Print(new SchemaBuilder(Cases.Value["every-kind"].Sdl).Build());

        Assert.Equal(printed, SchemaPrinter.Print(new SchemaBuilder(printed).Build()));
    }

    [Fact]
    public void Prints_applied_directives_when_asked_and_they_build_the_same_schema()
    {
        const string printed = """
            directive @tag(name: String!) repeatable on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            type Query @tag(name: "root") {
              a(x: Int @tag(name: "arg")): [Int] @deprecated @tag(name: "one") @tag(name: "two")
              e(i: I): E
              d: Date
            }

            enum E @tag(name: "enum") {
              A @tag(name: "value")
            }

            input I @oneOf @tag(name: "input") {
              f: Int @tag(name: "field")
            }

            scalar Date @specifiedBy(url: "https://example.com") @tag(name: "scalar")
            """;
        var schema = new SchemaBuilder(printed).Build();

        Assert.Equal(printed, SchemaPrinter.PrintWithDirectives(schema));
        Assert.DoesNotContain("@tag(", SchemaPrinter.Print(schema).Replace("directive @tag(", ""));
    }

    private static Dictionary<string, PrintedSchema> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Types", "Expected", "printed-schemas.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<PrintedSchema>>(File.ReadAllText(path), options)!.ToDictionary(c => c.Id);
    }

    private sealed record PrintedSchema(string Id, string Sdl, string Printed);
}
