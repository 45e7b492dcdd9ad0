using System.CommandLine;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.Server.Commands;

/// <summary>
/// <c>schema print</c>: writes the served schema, as the engine prints it with its applied directives and ended by a newline like any text
/// file, to standard output instead of starting the server; <c>schema print &gt; schema.graphql</c> rewrites the file.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var print = new Command("print", "Write the served schema to standard output (schema print > schema.graphql rewrites the file).");
        print.SetAction(async (result, cancellation) =>
        {
            // Built but not started: the store is neither opened nor migrated.
            await using var app = GraphQLServerApp.Build([]);
            await result.InvocationConfiguration.Output.WriteAsync(
                SchemaPrinter.PrintWithDirectives(app.Services.GetRequiredService<IRequestExecutor>().Schema) + "\n");
            return 0;
        });
        return new Command("schema", "The GraphQL schema the server serves.") { print };
    }
}
