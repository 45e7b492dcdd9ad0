using System.Diagnostics;
using System.Text;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

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

    [Fact]
    public async Task A_command_prints_the_inline_document_signed_with_the_identity()
    {
        await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);

        var run = await CliRun.InvokeAsync("follow", "alice", "--identity", IdentityFile, "--ts", "1763000000000");

        Assert.Equal(0, run.ExitCode);
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse(run.Output).Definitions[0]).SelectionSet.Selections[0];
        var input = (Dictionary<string, object?>)ValueFromAstUntyped.Convert(field.Arguments[0].Value, null)!;
        Assert.Equal("follow", field.Name.Value);
        Assert.Contains("\"ts\":1763000000000}", (string)input["message"]!, StringComparison.Ordinal);
        Assert.True(DemoIdentity.TryLoad(IdentityFile, out var identity, out _));
        using (identity)
        {
            Assert.Equal(identity.Address, input["address"]);
        }
    }

    [Fact]
    public async Task The_curl_command_posts_a_json_body_as_the_shell_passes_it()
    {
        await CliRun.InvokeAsync("new-identity", "--out", IdentityFile);

        var run = await CliRun.InvokeAsync("batch-unfollow", "bob", "carol", "-i", IdentityFile, "--curl", "http://127.0.0.1:5000/graphql");
        var arguments = await ShellArgumentsAsync(run.Output.TrimEnd('\n'));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("curl", arguments[0]);
        Assert.Equal("\\n", arguments[arguments.IndexOf("-w") + 1]);
        Assert.Contains("http://127.0.0.1:5000/graphql", arguments);
        Assert.Equal("Content-Type: application/json", arguments[arguments.IndexOf("-H") + 1]);
        var body = Assert.IsType<Dictionary<string, object?>>(JsonValues.Parse(Encoding.UTF8.GetBytes(arguments[arguments.IndexOf("--data-raw") + 1])));
        var input = (Dictionary<string, object?>)((Dictionary<string, object?>)body["variables"]!)["input"]!;
        Assert.Contains("batchUnfollow(input: $input)", (string)body["query"]!, StringComparison.Ordinal);
        Assert.Equal(new List<object?> { "bob", "carol" }, input["handles"]);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("'quoted' \"twice\" $HOME `x` \\ \n")]
    public async Task Shell_quoting_gives_back_the_text(string text)
    {
        var arguments = await ShellArgumentsAsync("echo " + RequestOutput.ShellQuote(text));

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

    /// <summary>The arguments a POSIX shell passes when it runs <paramref name="command"/>, one per NUL-terminated item.</summary>
    private static async Task<List<string>> ShellArgumentsAsync(string command)
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
