namespace GraphQlFollows.Cli.Tests;

/// <summary><c>backup</c> of a store, while the server process commits to it.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_backup_of_a_running_servers_store_taken_while_it_commits_verifies()
    {
        await using var server = await ServerProcess.StartAsync();
        var alice = _directory.File("alice.json");
        var bob = _directory.File("bob.json");
        await CliRun.InvokeAsync("new-identity", "--out", alice);
        await CliRun.InvokeAsync("new-identity", "--out", bob);
        await SendAsync(server, "register-key", "-i", alice);
        await SendAsync(server, "create-profile", "bob_demo", "-i", bob);
        using var stop = new CancellationTokenSource();
        var writer = SendUntilAsync(server, alice, stop.Token);

        var backups = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var backup = _directory.File($"server-backup-{i}.db");
            var run = await CliRun.InvokeAsync("backup", backup, "--database", server.DatabasePath);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            backups.Add(backup);
            await WaitForCommitsAfterAsync(server.DatabasePath, backup, writer);
        }
        await stop.CancelAsync();
        await writer;

        foreach (var backup in backups)
        {
            var verified = await CliRun.InvokeAsync("verify", "--database", backup);
            Assert.True(verified.ExitCode == 0, verified.Output + verified.Error);
        }
        Assert.True(StoreFile.Scalar<long>(backups[1], "SELECT count(*) FROM operations")
            > StoreFile.Scalar<long>(backups[0], "SELECT count(*) FROM operations"));
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        var database = _directory.File("follows.db");
        await (await SignedStore.CreateAsync(database)).DisposeAsync();
        var existing = _directory.File("backup.db");
        File.WriteAllText(existing, "keep me");

        var run = await CliRun.InvokeAsync("backup", existing, "--database", database);

        Assert.Equal(StoreCommands.Refused, run.ExitCode);
        Assert.Contains("exists already", run.Error);
        Assert.Equal("keep me", File.ReadAllText(existing));
    }

    [Fact]
    public async Task A_missing_store_is_not_backed_up()
    {
        var backup = _directory.File("backup.db");

        var run = await CliRun.InvokeAsync("backup", backup, "--database", _directory.File("missing.db"));

        Assert.Equal(StoreCommands.Unreadable, run.ExitCode);
        Assert.False(File.Exists(backup));
    }

    public void Dispose() => _directory.Dispose();

    private static async Task SendAsync(ServerProcess server, params string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args, "--send", server.Endpoint]);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Output}{run.Error}\nServer:\n{server.Output}");
    }

    /// <summary>
    /// Follows and unfollows bob_demo over HTTP until stopped, each with a newer ts; at most 100 times, inside the
    /// server's default rate limit of 120 a minute.
    /// </summary>
    private static async Task SendUntilAsync(ServerProcess server, string identity, CancellationToken stop)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var sent = 0; sent < 100 && !stop.IsCancellationRequested; sent++)
        {
            var text = (++ts).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await SendAsync(server, sent % 2 == 0 ? "follow" : "unfollow", "bob_demo", "-i", identity, "--ts", text);
        }
    }

    /// <summary>Waits until the live store holds more operations than the backup, so that each backup copies a different log.</summary>
    private static async Task WaitForCommitsAfterAsync(string database, string backup, Task writer)
    {
        var copied = StoreFile.Scalar<long>(backup, "SELECT count(*) FROM operations");
        while (StoreFile.Scalar<long>(database, "SELECT count(*) FROM operations") <= copied)
        {
            if (writer.IsCompleted)
            {
                await writer; // a failed writer fails the test with its own exception
                Assert.Fail("The writes ended before the store had moved past the backup.");
            }
            await Task.Delay(10);
        }
    }
}
