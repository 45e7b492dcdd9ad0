using GraphQlFollows.Follows.Store;
using GraphQlFollows.Server;
using GraphQlFollows.Server.Follows;

if (SchemaCommand.IsInvoked(args))
{
    return await SchemaCommand.RunAsync(args, Console.Out, Console.Error);
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
