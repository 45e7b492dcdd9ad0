using System.CommandLine;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Utilities;
using GraphQlFollows.Server.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Server.Tests;

/// <summary>The served schema is the repository's schema.graphql, exactly as the engine prints it with its applied directives.</summary>
public sealed class ServedSchemaTests
{
    [Fact]
    public async Task The_served_schema_prints_as_schema_graphql()
    {
        await using var server = await RunningServer.StartAsync();
        var schema = server.Services.GetRequiredService<IRequestExecutor>().Schema;

        // The file ends with a newline, as text files do; the printer's output does not.
        Assert.Equal(ReadSchemaFile(), SchemaPrinter.PrintWithDirectives(schema) + "\n");
    }

    [Fact]
    public async Task The_schema_print_command_writes_the_served_schema()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await RunAsync(["schema", "print"], output, error);

        Assert.Equal(0, exitCode);
        Assert.Equal(ReadSchemaFile(), output.ToString());
    }

    [Fact]
    public async Task The_schema_command_explains_itself_when_misused()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await RunAsync(["schema", "drop"], output, error);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Required command was not provided.", error.ToString());
        Assert.Contains("print", output.ToString());
    }

    /// <summary>Runs the server binary's command line in this process.</summary>
    private static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        ServerCommands.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

    private static string ReadSchemaFile() => File.ReadAllText(SchemaFile.Path);
}
