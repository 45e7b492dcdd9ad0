using GraphQlFollows.Tests.Shared;
using Snapshooter.Xunit;

namespace GraphQlFollows.Api.Tests;

/// <summary>
/// What a client's tooling learns of the follow API: graphql-js's full introspection query (descriptions,
/// deprecations, specifiedByURL, repeatable directives, oneOf) against the API's schema. schema.graphql pins the
/// SDL; this pins what introspection derives from it, such as the built-in types and directives it adds.
/// </summary>
public sealed class IntrospectionTests
{
    [Fact]
    public async Task The_full_introspection_query_describes_the_follow_api()
    {
        await using var api = await ApiHarness.CreateAsync();
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "introspection-query.graphql"));

        var result = await api.ExecuteAsync(query);

        Assert.False(result.ContainsKey("errors"), result.ToJsonString());
        Snapshot.Match(SnapshotJson.Indented(result));
    }
}
