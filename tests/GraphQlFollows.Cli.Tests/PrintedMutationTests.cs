using System.Text;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;
using Snapshooter.Xunit;

namespace GraphQlFollows.Cli.Tests;

/// <summary>
/// What each mutation command prints, inline and with <c>--curl</c>, pinned by a snapshot per command. The identity
/// is a fixed one and <c>--ts</c> fixes the clock, so the text is the same on every run but for the device key's
/// P-256 signatures, which are random: each is verified over its message, then written as a placeholder.
/// Wallet signatures are deterministic (RFC 6979) and stay in the snapshot as printed.
/// </summary>
public sealed class PrintedMutationTests : IDisposable
{
    private const string Endpoint = "http://localhost:5000/graphql";
    private const string DeviceSignature = "<P-256 signature, verified>";

    private static readonly HashSet<string> DeviceSigned = ["follow", "unfollow", "batch-unfollow"];

    private readonly TempDirectory _directory = new();

    public static TheoryData<string[]> Commands =>
    [
        ["register-key"],
        ["revoke-key", "--ts", FixedIdentity.Ts],
        ["create-profile", "alice", "--ts", FixedIdentity.Ts],
        ["follow", "bob", "--ts", FixedIdentity.Ts],
        ["unfollow", "bob", "--ts", FixedIdentity.Ts],
        ["batch-unfollow", "bob", "carol", "--ts", FixedIdentity.Ts],
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Prints_the_signed_mutation_inline_and_as_a_curl_command(string[] command)
    {
        var snapshot = Snapshot.FullName(new Snapshooter.SnapshotNameExtension(command[0]));
        var identityFile = FixedIdentity.WriteTo(_directory.File("demo.json"));
        string[] inlineArgs = [.. command, "-i", "demo.json"];
        string[] curlArgs = [.. inlineArgs, "--curl", Endpoint];

        var inline = await RunAsync(identityFile, inlineArgs);
        var curl = await RunAsync(identityFile, curlArgs);

        var inlineText = Normalise(command[0], inline, InlineInput(inline));
        var curlText = Normalise(command[0], curl, CurlInput(await Shell.ArgumentsAsync(curl.TrimEnd('\n'))));
        Snapshot.Match($"$ gqlf {string.Join(' ', inlineArgs)}\n{inlineText}$ gqlf {string.Join(' ', curlArgs)}\n{curlText}", snapshot);
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<string> RunAsync(string identityFile, string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args.Select(a => a == "demo.json" ? identityFile : a)]);
        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, $"exit {run.ExitCode}: {run.Error}");
        return run.Output;
    }

    /// <summary>
    /// The printed text, its input checked to carry the fixed identity; a device-key signature is shown to verify
    /// over the printed message with the printed key, then replaced by a placeholder.
    /// </summary>
    private static string Normalise(string command, string printed, IReadOnlyDictionary<string, object?> input)
    {
        Assert.Equal(FixedIdentity.Address, input["address"]);
        if (input.TryGetValue("signingKey", out var key))
        {
            Assert.Equal(FixedIdentity.SigningKey, key);
        }
        if (!DeviceSigned.Contains(command))
        {
            return printed;
        }
        Assert.True(SigningKey.TryParse((string)key!, out var signingKey));
        var signature = (string)input["signature"]!;
        Assert.True(new SigningKeyVerifier().Verify(signingKey, (string)input["message"]!, signature));
        return printed.Replace(signature, DeviceSignature, StringComparison.Ordinal);
    }

    /// <summary>The <c>input</c> argument of a printed inline document, as plain values.</summary>
    private static Dictionary<string, object?> InlineInput(string printed)
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(printed).Definitions));
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        var argument = Assert.Single(field.Arguments);
        return Assert.IsType<Dictionary<string, object?>>(ValueFromAstUntyped.Convert(argument.Value, variables: null));
    }

    /// <summary>The <c>variables.input</c> of the JSON body a printed curl command posts, as the shell passes it.</summary>
    private static Dictionary<string, object?> CurlInput(List<string> arguments)
    {
        Assert.Equal("curl", arguments[0]);
        var body = Assert.IsType<Dictionary<string, object?>>(JsonValues.Parse(Encoding.UTF8.GetBytes(arguments[arguments.IndexOf("--data-raw") + 1])));
        return Assert.IsType<Dictionary<string, object?>>(((Dictionary<string, object?>)body["variables"]!)["input"]);
    }
}
