namespace GraphQlFollows.Cli.Tests;

/// <summary>A fresh directory under the system's temporary directory, deleted with its contents on disposal.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("gqlf-cli-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
