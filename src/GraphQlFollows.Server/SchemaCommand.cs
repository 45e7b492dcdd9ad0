using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.Server;

/// <summary>
/// <c>schema print</c>: writes the served schema, as the engine prints it with its applied directives and ended by a newline like any text
/// file, to standard output instead of starting the server; <c>schema print &gt; schema.graphql</c> rewrites the file.
/// </summary>
public static class SchemaCommand
{
    public static bool IsInvoked(string[] args) => args.Length >= 1 && args[0] == "schema";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["schema", "print"])
        {
            error.WriteLine("Usage: schema print    (writes the served schema to standard output)");
            return 2;
        }

        // Built but not started: the store is neither opened nor migrated.
        await using var app = GraphQLServerApp.Build([]);
        output.Write(SchemaPrinter.PrintWithDirectives(app.Services.GetRequiredService<IRequestExecutor>().Schema) + "\n");
        return 0;
    }
}
