using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphQlFollows.Cli.Tests;

/// <summary>
/// The built server (src/GraphQlFollows.Server, in this build's configuration) running as its own process on a free
/// loopback port, in a fresh working directory, so its database starts empty. Disposal stops it and deletes the directory.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly TempDirectory _workingDirectory;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, TempDirectory workingDirectory)
    {
        _process = process;
        _workingDirectory = workingDirectory;
    }

    /// <summary>The GraphQL endpoint, such as <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The server's SQLite store: <c>follows.db</c> in its working directory, the default.</summary>
    public string DatabasePath => _workingDirectory.File("follows.db");

    /// <summary>Everything the server wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServerProcess> StartAsync()
    {
        var dll = typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ServerDll").Value!;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build the server in this configuration first.", dll);
        }

        var directory = new TempDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new ServerProcess(Process.Start(start)!, directory);
        try
        {
            await server.WaitUntilListeningAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, line) => Record(line.Data, listening);
        _process.ErrorDataReceived += (_, line) => Record(line.Data, listening);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout));
        if (first != listening.Task)
        {
            throw new InvalidOperationException(
                (first == exited ? $"The server exited with {_process.ExitCode}" : $"The server did not start within {StartTimeout.TotalSeconds} s") + $":\n{Output}");
        }
        Endpoint = await listening.Task + "/graphql";
    }

    private void Record(string? line, TaskCompletionSource<string> listening)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(match.Groups[1].Value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _workingDirectory.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
