namespace GraphQlFollows.Cli.Tests;

/// <summary>
/// <c>verify</c> on a store written through the graph, then changed on disk with plain SQL (the log's positions are
/// listed on <see cref="LoggedStore"/>).
/// </summary>
[Collection(LoggedStoreCollection.Name)]
public sealed class VerifyCommandTests(LoggedStore logged) : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Member[] _members = logged.Members;
    private string? _database;

    private string Database => _database ??= logged.CopyTo(_directory.File("follows.db"));

    [Fact]
    public async Task A_log_written_by_the_graph_verifies()
    {
        var run = await VerifyAsync();

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("19 operations", run.Output);
        Assert.Contains("5 signing keys, 5 profiles, 3 follows", run.Output);
        Assert.Contains("all hold", run.Output);
    }

    [Fact]
    public async Task A_changed_byte_of_a_message_is_reported_at_its_operation()
    {
        Assert.Equal(1, StoreFile.Execute(Database,
            "UPDATE operations SET content = replace(content, '\"member_1\"', '\"member_9\"') WHERE position = 12"));

        var run = await VerifyAsync();

        AssertFinding(run, "operation 12: digest does not match the operation");
        AssertFinding(run, "operation 12: content is not a follow message");
    }

    [Fact]
    public async Task A_changed_digest_breaks_the_chain_at_that_operation_and_the_next()
    {
        StoreFile.Execute(Database,
            "UPDATE operations SET digest = substr(digest, 1, 65) || CASE substr(digest, 66, 1) WHEN '0' THEN '1' ELSE '0' END WHERE position = 7");

        var run = await VerifyAsync();

        AssertFinding(run, "operation 7: digest does not match the operation");
        AssertFinding(run, "operation 8: previousDigest is not the digest of operation 7");
    }

    [Fact]
    public async Task A_deleted_operation_is_a_gap_in_the_chain()
    {
        Assert.Equal(1, StoreFile.Execute(Database, "DELETE FROM operations WHERE position = 16"));

        var run = await VerifyAsync();

        AssertFinding(run, "operation 17: found at position 17 where 16 was expected");
        AssertFinding(run, "operation 17: previousDigest is not the digest of operation 15");
    }

    [Fact]
    public async Task A_forged_message_is_refused_by_its_signature_even_with_the_chain_recomputed()
    {
        // member_0 now seems to follow member_2 instead of member_1; the forger recomputes every digest.
        StoreFile.Execute(Database,
            "UPDATE operations SET content = replace(content, '\"member_1\"', '\"member_2\"'), handles = 'member_2' WHERE position = 11");
        await StoreFile.RechainAsync(Database);

        var run = await VerifyAsync();

        AssertFinding(run, "operation 11: signing-key signature does not verify");
        Assert.DoesNotContain("digest", run.Output);
    }

    [Fact]
    public async Task A_deleted_profile_claim_leaves_later_follows_without_a_profile()
    {
        StoreFile.Execute(Database, "DELETE FROM operations WHERE position = 4");
        StoreFile.Execute(Database, "UPDATE operations SET position = position - 1 WHERE position > 4");
        await StoreFile.RechainAsync(Database);

        var run = await VerifyAsync();

        // The follows of member_1 (positions 11 and 12, now 10 and 11) are refused by the replay.
        AssertFinding(run, "operation 10: does not follow from the log before it: replayed, it is answered HANDLE_NOT_FOUND");
        AssertFinding(run, "profile member_1: stored, but the log has no such row");
    }

    [Fact]
    public async Task A_changed_count_is_reported_with_the_replayed_value()
    {
        StoreFile.Execute(Database, "UPDATE profiles SET follower_count = 7 WHERE handle = 'member_1'");

        var run = await VerifyAsync();

        AssertFinding(run, "profile member_1: follower_count is 7, the log gives 2");
    }

    [Fact]
    public async Task A_removed_edge_is_reported()
    {
        var follower = _members[2].LoggedAddress;
        Assert.Equal(1, StoreFile.Execute(Database, $"DELETE FROM follows WHERE address = '{follower}' AND handle = 'member_1'"));

        var run = await VerifyAsync();

        AssertFinding(run, $"follows {follower} -> member_1: missing, the log has it");
    }

    [Fact]
    public async Task A_missing_store_is_unreadable_and_not_created()
    {
        var missing = _directory.File("missing.db");

        var run = await CliRun.InvokeAsync("verify", "--database", missing);

        Assert.Equal(StoreCommands.Unreadable, run.ExitCode);
        Assert.Contains("No store at", run.Error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task A_file_that_is_no_store_is_unreadable()
    {
        var other = _directory.File("other.db");
        StoreFile.Create(other, "CREATE TABLE notes (text TEXT)");

        var run = await CliRun.InvokeAsync("verify", "--database", other);

        Assert.Equal(StoreCommands.Unreadable, run.ExitCode);
        Assert.Contains("Cannot read", run.Error);
    }

    public void Dispose() => _directory.Dispose();

    private Task<CliRun> VerifyAsync() => CliRun.InvokeAsync("verify", "--database", Database);

    private static void AssertFinding(CliRun run, string finding)
    {
        Assert.Equal(StoreCommands.Refused, run.ExitCode);
        Assert.Contains("does not verify", run.Output);
        Assert.Contains($"  {finding}", run.Output);
    }
}
