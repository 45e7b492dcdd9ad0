using System.CommandLine;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Faults;
using GraphQlFollows.Server.Follows;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Commands;

/// <summary>
/// <c>serve</c>, also what runs when no command is given: the server, configured by appsettings.json, the
/// environment and the command's <c>--Key=value</c> arguments (<c>--urls http://0.0.0.0:8080</c>).
/// </summary>
internal static class ServeCommand
{
    public const string Description =
        "Run the GraphQL server (the default when no command is given). Settings as --Key=value, such as " +
        "--urls http://localhost:5000 or --Storage:Provider=PostgreSql \"--ConnectionStrings:Follows=Host=...\".";

    public static Command Create()
    {
        var command = ApplicationCommands.Configurable(new Command("serve", Description));
        command.SetAction(RunAsync);
        return command;
    }

    /// <summary>Serves until the host stops, with the settings among the unmatched tokens of <paramref name="result"/>.</summary>
    public static async Task<int> RunAsync(ParseResult result)
    {
        var error = result.InvocationConfiguration.Error;
        try
        {
            await GraphQLServerApp.Build([.. result.UnmatchedTokens]).RunAsync();
            return 0;
        }
        catch (Exception e) when (StoreFaults.Recognize(e) is { } fault)
        {
            // Started on a database that is away or full: say so in one line and exit rather than abort.
            await error.WriteLineAsync($"The server did not start: {fault.Message} {e.Message}");
            return FollowsStoreMigration.StoreUnavailableExitCode;
        }
        catch (OptionsValidationException e)
        {
            // A setting out of range stops the start before anything runs; the message names each setting at fault.
            await error.WriteLineAsync($"The server did not start: {e.Message}");
            return GraphQLServerApp.InvalidSettingsExitCode;
        }
    }
}
