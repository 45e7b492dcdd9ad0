namespace GraphQlFollows.Cli.Tests;

/// <summary>The walkthrough of the README against the real server: every request sent with <c>--send</c>.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly long _ts = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync();

    [Fact]
    public async Task A_fresh_identity_registers_its_key_follows_and_unfollows()
    {
        var alice = _directory.File("alice.json");
        var bob = _directory.File("bob.json");
        Assert.Equal(0, (await CliRun.InvokeAsync("new-identity", "--out", alice)).ExitCode);
        Assert.Equal(0, (await CliRun.InvokeAsync("new-identity", "--out", bob)).ExitCode);

        await AssertSuccessAsync("registerSigningKey", "register-key", "-i", alice);
        await AssertSuccessAsync("createProfile", "create-profile", "bob_demo", "-i", bob);
        await AssertSuccessAsync("follow", "follow", "bob_demo", "-i", alice, "--ts", Ts(1));
        await AssertSuccessAsync("unfollow", "unfollow", "bob_demo", "-i", alice, "--ts", Ts(2));
    }

    [Fact]
    public async Task Batch_unfollow_and_revoke_key_are_accepted_and_a_refusal_exits_with_two()
    {
        var alice = _directory.File("alice.json");
        var bob = _directory.File("bob.json");
        await CliRun.InvokeAsync("new-identity", "--out", alice);
        await CliRun.InvokeAsync("new-identity", "--out", bob);
        await AssertSuccessAsync("registerSigningKey", "register-key", "-i", alice);
        await AssertSuccessAsync("createProfile", "create-profile", "bob_demo", "-i", bob);
        await AssertSuccessAsync("follow", "follow", "bob_demo", "-i", alice, "--ts", Ts(1));

        await AssertSuccessAsync("batchUnfollow", "batch-unfollow", "bob_demo", "-i", alice, "--ts", Ts(2));
        await AssertSuccessAsync("revokeSigningKey", "revoke-key", "-i", alice);
        var refused = await CliRun.InvokeAsync("follow", "bob_demo", "-i", alice, "--ts", Ts(3), "--send", _server.Endpoint);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("INVALID_SIGNING_KEY", RequestOutput.StatusOf(refused.Output, "follow"));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Dispose();
    }

    // Operations on one (address, handle) pair must carry increasing ts, which the clock alone does not promise.
    private string Ts(int step) => (_ts + step).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task AssertSuccessAsync(string field, params string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args, "--send", _server.Endpoint]);

        Assert.True(run.ExitCode == 0 && RequestOutput.StatusOf(run.Output, field) == "SUCCESS",
            $"{string.Join(' ', args)} exited with {run.ExitCode}:\n{run.Output}{run.Error}\nServer:\n{_server.Output}");
    }
}
