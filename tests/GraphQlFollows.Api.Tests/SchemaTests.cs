using GraphQlFollows.Api.Binding;

namespace GraphQlFollows.Api.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void The_served_schema_is_the_repository_schema_file()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "GraphQlFollows.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("The repository root was not found.");
        }

        Assert.Equal(File.ReadAllText(Path.Combine(directory.FullName, "schema.graphql")), SchemaSource.Text);
    }
}
