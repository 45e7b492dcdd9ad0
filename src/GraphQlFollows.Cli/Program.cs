using GraphQlFollows.Cli;

return await CliCommands.Create().Parse(args).InvokeAsync();
