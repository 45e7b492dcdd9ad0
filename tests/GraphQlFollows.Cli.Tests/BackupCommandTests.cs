namespace GraphQlFollows.Cli.Tests;

/// <summary><c>backup</c> of a store the graph is writing to.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_backup_taken_while_writes_go_on_verifies()
    {
        var database = _directory.File("follows.db");
        var store = await SignedStore.CreateAsync(database);
        var backups = new List<string>();
        await using (store)
        {
            var members = new[] { await store.JoinAsync("writer_a"), await store.JoinAsync("writer_b"), await store.JoinAsync("writer_c") };
            using var stop = new CancellationTokenSource();
            var writers = members.Select((member, i) => WriteUntilAsync(store, member, members[(i + 1) % members.Length].Handle, stop.Token)).ToArray();
            for (var i = 0; i < 3; i++)
            {
                var backup = _directory.File($"backup-{i}.db");
                var run = await CliRun.InvokeAsync("backup", backup, "--database", database);
                Assert.True(run.ExitCode == 0, run.Output + run.Error);
                Assert.Contains($"Backed up {database} to {backup}", run.Output);
                backups.Add(backup);
                await WaitForCommitsAfterAsync(database, backup, writers);
            }
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        var copied = backups.Select(backup => StoreFile.Scalar<long>(backup, "SELECT count(*) FROM operations")).ToArray();
        Assert.Equal(copied.Order(), copied);
        Assert.Equal(copied.Length, copied.Distinct().Count());
        foreach (var backup in backups)
        {
            var verified = await CliRun.InvokeAsync("verify", "--database", backup);
            Assert.True(verified.ExitCode == 0, verified.Output + verified.Error);
        }
        Assert.Equal(0, (await CliRun.InvokeAsync("verify", "--database", database)).ExitCode);
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

    /// <summary>Waits until the live store holds more operations than the backup, so that each backup copies a different log.</summary>
    private static async Task WaitForCommitsAfterAsync(string database, string backup, Task[] writers)
    {
        var copied = StoreFile.Scalar<long>(backup, "SELECT count(*) FROM operations");
        while (StoreFile.Scalar<long>(database, "SELECT count(*) FROM operations") <= copied)
        {
            // A writer ends only when stopped, or when it failed: its exception fails the test.
            if (writers.FirstOrDefault(writer => writer.IsCompleted) is { } ended)
            {
                await ended;
            }
            await Task.Delay(10);
        }
    }

    /// <summary>Follows and unfollows <paramref name="handle"/> until stopped, a new commit each time.</summary>
    private static async Task WriteUntilAsync(SignedStore store, Member member, string handle, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await store.FollowAsync(member, handle);
            await store.UnfollowAsync(member, handle);
        }
    }
}
