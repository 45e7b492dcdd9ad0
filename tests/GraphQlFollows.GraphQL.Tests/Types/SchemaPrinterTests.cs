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

    private static Dictionary<string, PrintedSchema> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Types", "Expected", "printed-schemas.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<PrintedSchema>>(File.ReadAllText(path), options)!.ToDictionary(c => c.Id);
    }

    private sealed record PrintedSchema(string Id, string Sdl, string Printed);
}
