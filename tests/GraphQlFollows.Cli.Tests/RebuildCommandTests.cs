namespace GraphQlFollows.Cli.Tests;

/// <summary><c>rebuild</c> on a store whose derived tables were damaged on disk (the log is listed on <see cref="LoggedStore"/>).</summary>
[Collection(LoggedStoreCollection.Name)]
public sealed class RebuildCommandTests(LoggedStore logged) : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Member[] _members = logged.Members;
    private readonly string _intact = logged.IntactTables;
    private string? _database;

    private string Database => _database ??= logged.CopyTo(_directory.File("follows.db"));

    [Fact]
    public async Task Damaged_counts_and_edges_are_restored_from_the_log()
    {
        var m0 = _members[0].LoggedAddress;
        var m2 = _members[2].LoggedAddress;
        var m3 = _members[3].LoggedAddress;
        StoreFile.Execute(Database, "UPDATE profiles SET follower_count = 40 WHERE handle = 'member_1'");
        StoreFile.Execute(Database, $"UPDATE addresses SET following_count = 0 WHERE address = '{m0}'");
        StoreFile.Execute(Database, $"DELETE FROM follows WHERE address = '{m2}' AND handle = 'member_1'");
        StoreFile.Execute(Database, $"UPDATE follows SET follow_operation = 15, followed_at = 1 WHERE address = '{m3}' AND handle = 'member_1'");
        StoreFile.Execute(Database, "DELETE FROM signing_keys WHERE revoked_at IS NOT NULL");
        Assert.NotEqual(_intact, StoreFile.DerivedTables(Database));

        var run = await CliRun.InvokeAsync("rebuild", "--database", Database);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Rebuilt", run.Output);
        Assert.Contains("5 signing keys, 5 profiles, 3 follows", run.Output);
        Assert.Contains("  profile member_1: follower_count is 40, the log gives 2", run.Output);
        Assert.Contains($"  follows {m2} -> member_1: missing, the log has it", run.Output);
        Assert.Equal(_intact, StoreFile.DerivedTables(Database));
        Assert.Equal(0, (await CliRun.InvokeAsync("verify", "--database", Database)).ExitCode);
    }

    [Fact]
    public async Task An_intact_store_is_rewritten_unchanged()
    {
        var run = await CliRun.InvokeAsync("rebuild", "--database", Database);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Every stored row already matched the log.", run.Output);
        Assert.Equal(_intact, StoreFile.DerivedTables(Database));
    }

    [Fact]
    public async Task A_log_that_does_not_verify_is_refused_and_nothing_is_written()
    {
        StoreFile.Execute(Database, "UPDATE operations SET ts = ts + 1 WHERE position = 13");
        StoreFile.Execute(Database, "UPDATE profiles SET follower_count = 40 WHERE handle = 'member_1'");
        var damaged = StoreFile.DerivedTables(Database);

        var run = await CliRun.InvokeAsync("rebuild", "--database", Database);

        Assert.Equal(StoreCommands.Refused, run.ExitCode);
        Assert.Contains("Refused: the log of", run.Output);
        Assert.Contains("  operation 13: digest does not match the operation", run.Output);
        Assert.Equal(damaged, StoreFile.DerivedTables(Database));
    }

    public void Dispose() => _directory.Dispose();
}
