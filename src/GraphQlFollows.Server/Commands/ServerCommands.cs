using System.CommandLine;
using GraphQlFollows.Cli;

namespace GraphQlFollows.Server.Commands;

/// <summary>
/// The one command line of GraphQlFollows: <c>serve</c> (the default), <c>schema</c>, the applications' <c>api-key</c>
/// and <c>webhook</c>, and the tool's commands (<see cref="CliCommands"/>): demo identities, signed requests, the
/// persisted operations' manifest, and the store's <c>backup</c>, <c>verify</c> and <c>rebuild</c>.
/// </summary>
public static class ServerCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "GraphQlFollows: the GraphQL server of a signed follow graph, and its tools. Without a command, the server runs " +
            "(see serve). Commands that open the server's database take its settings as --Key=value.")
        {
            ServeCommand.Create(),
            SchemaCommand.Create(),
            ApiKeyCommands.Create(),
            WebhookCommands.Create(),
        };
        CliCommands.AddTo(root);
        // No command: serve, with every argument a setting, as scripts that start the server have always done.
        ApplicationCommands.Configurable(root);
        root.SetAction(ServeCommand.RunAsync);
        return root;
    }
}
