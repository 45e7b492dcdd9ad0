using GraphQlFollows.Server;

if (SchemaCommand.IsInvoked(args))
{
    return await SchemaCommand.RunAsync(args, Console.Out, Console.Error);
}

await GraphQLServerApp.Build(args).RunAsync();
return 0;
