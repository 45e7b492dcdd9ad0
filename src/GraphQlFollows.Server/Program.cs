using GraphQlFollows.Server;

if (SchemaCommand.IsInvoked(args))
{
    return SchemaCommand.Run(args, Console.Out, Console.Error);
}

await GraphQLServerApp.Build(args).RunAsync();
return 0;
