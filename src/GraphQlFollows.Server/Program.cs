using GraphQlFollows.Follows.Store;
using GraphQlFollows.Server;
using GraphQlFollows.Server.Commands;
using GraphQlFollows.Server.Follows;
using Microsoft.Extensions.Options;

if (SchemaCommand.IsInvoked(args))
{
    return await SchemaCommand.RunAsync(args, Console.Out, Console.Error);
}

if (ApplicationCommands.IsInvoked(args))
{
    return await ApplicationCommands.RunAsync(args, Console.Out, Console.Error);
}

try
{
    await GraphQLServerApp.Build(args).RunAsync();
    return 0;
}
catch (Exception e) when (StoreFaults.Recognize(e) is { } fault)
{
    // Started on a database that is away or full: say so in one line and exit rather than abort.
    await Console.Error.WriteLineAsync($"The server did not start: {fault.Message} {e.Message}");
    return FollowsStoreMigration.StoreUnavailableExitCode;
}
catch (OptionsValidationException e)
{
    // A setting out of range stops the start before anything runs; the message names each setting at fault.
    await Console.Error.WriteLineAsync($"The server did not start: {e.Message}");
    return GraphQLServerApp.InvalidSettingsExitCode;
}
