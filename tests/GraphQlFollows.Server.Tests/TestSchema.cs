using GraphQlFollows.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// The repository's schema.graphql with resolvers of the test's own, served instead of the follow graph's
/// binding: for behaviour the graph cannot be made to show on demand, such as a resolver that never ends.
/// </summary>
internal static class TestSchema
{
    public static Action<WebApplicationBuilder> Serve(Action<SchemaBuilder> bind) => builder =>
    {
        var schema = new SchemaBuilder(File.ReadAllText(SchemaFile.Path));
        bind(schema);
        builder.Services.AddSingleton(schema.Build());
    };
}

/// <summary>The repository's schema.graphql, found above the test's output directory.</summary>
internal static class SchemaFile
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(System.IO.Path.Combine(directory.FullName, "schema.graphql")))
        {
            directory = directory.Parent ?? throw new FileNotFoundException("schema.graphql is not above the test's directory.");
        }

        return System.IO.Path.Combine(directory.FullName, "schema.graphql");
    }
}
