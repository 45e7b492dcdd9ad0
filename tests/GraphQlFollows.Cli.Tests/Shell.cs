using System.Diagnostics;

namespace GraphQlFollows.Cli.Tests;

/// <summary>A POSIX shell reading a printed command as a person's shell would.</summary>
internal static class Shell
{
    /// <summary>
    /// The arguments the shell passes when it runs <paramref name="command"/>, one per NUL-terminated item; curl and
    /// echo are shell functions here that print their arguments instead of running.
    /// </summary>
    public static async Task<List<string>> ArgumentsAsync(string command)
    {
        var script = $"print_args() {{ for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }}; curl() {{ print_args curl \"$@\"; }}; echo() {{ print_args echo \"$@\"; }}; {command}";
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var shell = Process.Start(start)!;
        var output = await shell.StandardOutput.ReadToEndAsync();
        await shell.WaitForExitAsync();
        Assert.Equal(0, shell.ExitCode);
        return [.. output.Split('\0')[..^1]];
    }
}
