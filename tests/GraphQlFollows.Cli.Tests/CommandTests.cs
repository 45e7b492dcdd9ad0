namespace GraphQlFollows.Cli.Tests;

/// <summary>The commands as a person runs them: an identity file first, then one printed request per command.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string IdentityFile => _directory.File("demo.json");

    [Fact]
    public async Task New_identity_writes_a_private_file_and_prints_the_address_and_signing_key()
    {
        var run = await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);

        Assert.Equal(0, run.ExitCode);
        Assert.True(DemoIdentity.TryLoad(IdentityFile, out var identity, out _));
        using (identity)
        {
            Assert.Contains($"address:    {identity.Address}", run.Output, StringComparison.Ordinal);
            Assert.Contains($"signingKey: {identity.SigningKeyText}", run.Output, StringComparison.Ordinal);
        }
        Assert.Contains("Never send funds", run.Output, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(IdentityFile));
        }
    }

    [Fact]
    public async Task New_identity_keeps_an_existing_file_unless_forced()
    {
        await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);
        var before = await File.ReadAllTextAsync(IdentityFile);

        var refused = await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);
        Assert.Equal(before, await File.ReadAllTextAsync(IdentityFile));
        var forced = await CliRun.InvokeAsync("new-identity", "--out", IdentityFile, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(before, await File.ReadAllTextAsync(IdentityFile));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("'quoted' \"twice\" $HOME `x` \\ \n")]
    public async Task Shell_quoting_gives_back_the_text(string text)
    {
        var arguments = await Shell.ArgumentsAsync("echo " + RequestOutput.ShellQuote(text));

        Assert.Equal(["echo", text], arguments);
    }

    [Fact]
    public async Task Refuses_curl_and_send_together_and_endpoints_that_are_not_http()
    {
        await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);

        var both = await CliRun.InvokeAsync("follow", "alice", "-i", IdentityFile, "--curl", "http://a/graphql", "--send", "http://b/graphql");
        var notHttp = await CliRun.InvokeAsync("follow", "alice", "-i", IdentityFile, "--curl", "ftp://a/graphql");

        Assert.Equal(1, both.ExitCode);
        Assert.Contains("not both", both.Error, StringComparison.Ordinal);
        Assert.Equal(1, notHttp.ExitCode);
        Assert.Contains("not an http or https URL", notHttp.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explains_a_missing_or_broken_identity_file()
    {
        var missing = await CliRun.InvokeAsync("follow", "alice", "-i", IdentityFile);
        await File.WriteAllTextAsync(IdentityFile, """{"walletPrivateKey":"0x00"}""");
        var broken = await CliRun.InvokeAsync("follow", "alice", "-i", IdentityFile);
        await File.WriteAllTextAsync(IdentityFile, "not json");
        var notJson = await CliRun.InvokeAsync("follow", "alice", "-i", IdentityFile);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("new-identity", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("walletPrivateKey", broken.Error, StringComparison.Ordinal);
        Assert.Equal(1, notJson.ExitCode);
        Assert.Contains("Cannot read", notJson.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_entity_the_authorisation_message_cannot_carry()
    {
        await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);

        var run = await CliRun.InvokeAsync("register-key", "-i", IdentityFile, "--entity", "two\nlines");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--entity", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_explains_an_endpoint_that_does_not_answer()
    {
        await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);

        // Port 9 (discard) on the loopback interface has no listener here, so the connection is refused at once.
        var run = await CliRun.InvokeAsync("follow", "alice", "-i", IdentityFile, "--send", "http://127.0.0.1:9/graphql");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot reach http://127.0.0.1:9/graphql", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
