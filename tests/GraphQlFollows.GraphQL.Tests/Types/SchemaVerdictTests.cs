using System.Text.Json;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Tests.Types;

/// <summary>
/// For each schema of Expected/schema-verdicts.json (made by make-schema-verdicts.mjs with graphql-js), SchemaBuilder
/// builds it exactly when graphql-js does, and reports the same errors at the same places.
/// </summary>
public class SchemaVerdictTests
{
    public static TheoryData<string> Ids => [.. Verdicts.Value.Keys];

    private static readonly Lazy<Dictionary<string, Verdict>> Verdicts = new(Load);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Builds_exactly_what_graphql_js_builds_and_reports_the_same_errors(string id)
    {
        var expected = Verdicts.Value[id];

        var actual = Errors(expected.Sdl);

        Assert.Equal(expected.Valid, actual.Count == 0);
        Assert.Equal(
            expected.Errors.Select(e => Describe(e.Message, e.Locations)).Order(),
            actual.Select(e => Describe(e.Message, e.Locations?.Select(l => new Location(l.Line, l.Column)) ?? [])).Order());
    }

    private static IReadOnlyList<GraphQLError> Errors(string sdl)
    {
        try
        {
            new SchemaBuilder(sdl).Build();
            return [];
        }
        catch (SchemaException error)
        {
            return error.Errors;
        }
    }

    private static string Describe(string message, IEnumerable<Location> locations) =>
        message + " @ " + string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}"));

    private static Dictionary<string, Verdict> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Types", "Expected", "schema-verdicts.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var verdicts = JsonSerializer.Deserialize<List<Verdict>>(File.ReadAllText(path), options)!;
        return verdicts.ToDictionary(v => v.Id);
    }

    private sealed record Verdict(string Id, string Sdl, bool Valid, List<ExpectedError> Errors);

    private sealed record ExpectedError(string Message, List<Location> Locations);

    private sealed record Location(int Line, int Column);
}
