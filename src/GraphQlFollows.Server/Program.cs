using GraphQlFollows.Server.Commands;

return await ServerCommands.Create().Parse(args).InvokeAsync();
