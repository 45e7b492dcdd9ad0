using GraphQlFollows.Server;
using GraphQlFollows.Server.Commands;

if (SchemaCommand.IsInvoked(args))
{
    return await SchemaCommand.RunAsync(args, Console.Out, Console.Error);
}

if (ApplicationCommands.IsInvoked(args))
{
    return await ApplicationCommands.RunAsync(args, Console.Out, Console.Error);
}

await GraphQLServerApp.Build(args).RunAsync();
return 0;
