using System.CommandLine;
using GraphQlFollows.Server.Commands;

namespace GraphQlFollows.Cli.Tests;

/// <summary>What one invocation of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the tool's commands (the server binary's command line) in this process, capturing both output streams.</summary>
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ServerCommands.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
