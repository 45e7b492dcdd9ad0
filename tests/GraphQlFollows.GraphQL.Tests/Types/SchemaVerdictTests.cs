using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Tests.Types;

/// <summary>
/// For each schema of Expected/schema-verdicts.json (made by make-schema-verdicts.mjs with graphql-js), SchemaBuilder
/// builds it exactly when graphql-js does, and reports the same errors at the same places. Messages are compared
/// without graphql-js's "Did you mean" suggestions, which this engine does not make.
/// </summary>
public partial class SchemaVerdictTests
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
            expected.Errors.Select(e => Describe(WithoutSuggestion(e.Message), e.Locations)).Order(),
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

    private static string WithoutSuggestion(string message) =>
        SuggestionBeforeFound().Replace(SuggestionAtEnd().Replace(message, string.Empty), ", found");

    [GeneratedRegex(@" Did you mean [^?]*\?$")]
    private static partial Regex SuggestionAtEnd();

    [GeneratedRegex(@"\. Did you mean [^?]*\? Found")]
    private static partial Regex SuggestionBeforeFound();

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
