using System.CommandLine;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Keys;

namespace GraphQlFollows.Cli;

/// <summary>
/// The commands: <c>new-identity</c> makes a demo wallet and device key; the others print one signed mutation,
/// as a document to paste into Banana Cake Pop, as a curl command (<c>--curl</c>), or send it (<c>--send</c>);
/// <see cref="StoreCommands"/> adds the store's backup, verify and rebuild. The server's binary includes them in
/// its command line.
/// </summary>
public static class CliCommands
{
    private const string DefaultIdentityFile = "demo.json";

    private static readonly Option<string> IdentityOption = new("--identity", "-i")
    {
        Description = "The identity file made by new-identity.",
        DefaultValueFactory = _ => DefaultIdentityFile,
        HelpName = "file",
    };

    private static readonly Option<long?> TsOption = new("--ts")
    {
        Description = "The message's ts, in milliseconds since the epoch (default: now). By default the server accepts messages up to 10 minutes old and 2 minutes ahead.",
        HelpName = "milliseconds",
    };

    private static readonly Option<Uri?> CurlOption = new("--curl")
    {
        Description = "Print a curl command that posts the request to this GraphQL endpoint, such as http://localhost:5000/graphql.",
        HelpName = "endpoint",
        CustomParser = result => ParseEndpoint(result.Tokens[0].Value, result.AddError),
    };

    private static readonly Option<Uri?> SendOption = new("--send")
    {
        Description = "Post the request to this GraphQL endpoint and print the response. Exit code 0 when it answers SUCCESS, 2 for another status, 1 otherwise.",
        HelpName = "endpoint",
        CustomParser = result => ParseEndpoint(result.Tokens[0].Value, result.AddError),
    };

    /// <summary>
    /// Adds the commands to <paramref name="root"/>. Without --curl or --send, a mutation command prints the GraphQL
    /// mutation with its input inlined, ready to paste into Banana Cake Pop; backup, verify and rebuild work on the
    /// store itself.
    /// </summary>
    public static void AddTo(Command root)
    {
        root.Add(NewIdentityCommand());
        root.Add(RegisterKeyCommand());
        root.Add(RevokeKeyCommand());
        root.Add(HandleCommand("create-profile", "Claim a handle (3 to 20 of a-z, 0-9, _) for the wallet; signed by the wallet.", SignedMutations.CreateProfile));
        root.Add(HandleCommand("follow", "Follow a profile; signed by the device key, which must be registered.", SignedMutations.Follow));
        root.Add(HandleCommand("unfollow", "Unfollow a profile; signed by the device key.", SignedMutations.Unfollow));
        root.Add(BatchUnfollowCommand());
        root.Add(PersistedOperationsCommand());
        StoreCommands.AddTo(root);
    }

    private static Command NewIdentityCommand()
    {
        var outOption = new Option<string>("--out", "-o")
        {
            Description = "Where to write the keys.",
            DefaultValueFactory = _ => DefaultIdentityFile,
            HelpName = "file",
        };
        var forceOption = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var command = new Command("new-identity",
            "Create a demo wallet key and a P-256 device signing key, save both to a file and print the address and the signing key. " +
            "DEMO ONLY: the private keys are stored in the clear; never use this wallet for real funds.")
        {
            outOption,
            forceOption,
        };
        command.SetAction(result => NewIdentity(result, result.GetValue(outOption)!, result.GetValue(forceOption)));
        return command;
    }

    private static int NewIdentity(ParseResult result, string path, bool overwrite)
    {
        var output = result.InvocationConfiguration.Output;
        using var identity = DemoIdentity.Create();
        try
        {
            identity.Save(path, overwrite);
        }
        catch (IOException) when (File.Exists(path) && !overwrite)
        {
            result.InvocationConfiguration.Error.WriteLine($"'{path}' exists already; pass --force to replace it.");
            return 1;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            result.InvocationConfiguration.Error.WriteLine($"Cannot write '{path}': {exception.Message}");
            return 1;
        }
        output.WriteLine($"Wrote {path}. {DemoIdentity.Warning}");
        output.WriteLine($"address:    {identity.Address}");
        output.WriteLine($"signingKey: {identity.SigningKeyText}");
        return 0;
    }

    private static Command RegisterKeyCommand()
    {
        var entityOption = new Option<string>("--entity")
        {
            Description = "The entity named in the authorisation message: I authorize <entity> from this device using signing key:...",
            DefaultValueFactory = _ => KeyAuthorization.DefaultEntity,
            HelpName = "text",
        };
        entityOption.Validators.Add(result =>
        {
            var entity = result.GetValueOrDefault<string>();
            if (string.IsNullOrEmpty(entity) || entity.AsSpan().ContainsAny('\n', '\r'))
            {
                result.AddError("--entity must be one non-empty line of text.");
            }
        });
        var command = MutationCommand("register-key", "Authorise the device signing key for the wallet; signed by the wallet.");
        command.Add(entityOption);
        command.SetAction((result, cancellation) =>
            RunAsync(result, identity => SignedMutations.RegisterSigningKey(identity, result.GetValue(entityOption)!), cancellation));
        return command;
    }

    private static Command RevokeKeyCommand()
    {
        var command = MutationCommand("revoke-key", "Revoke the device signing key for good; signed by the wallet.");
        command.Add(TsOption);
        command.SetAction((result, cancellation) =>
            RunAsync(result, identity => SignedMutations.RevokeSigningKey(identity, Ts(result)), cancellation));
        return command;
    }

    private static Command HandleCommand(string name, string description, Func<DemoIdentity, string, long, SignedMutation> build)
    {
        var handleArgument = new Argument<string>("handle") { Description = "The profile's handle." };
        var command = MutationCommand(name, description);
        command.Add(handleArgument);
        command.Add(TsOption);
        command.SetAction((result, cancellation) =>
            RunAsync(result, identity => build(identity, result.GetValue(handleArgument)!, Ts(result)), cancellation));
        return command;
    }

    private static Command BatchUnfollowCommand()
    {
        var handlesArgument = new Argument<string[]>("handles")
        {
            Description = "The handles to unfollow (at most 20).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = MutationCommand("batch-unfollow", "Unfollow several profiles with one device-key signature.");
        command.Add(handlesArgument);
        command.Add(TsOption);
        command.SetAction((result, cancellation) =>
            RunAsync(result, identity => SignedMutations.BatchUnfollow(identity, result.GetValue(handlesArgument)!, Ts(result)), cancellation));
        return command;
    }

    private static Command PersistedOperationsCommand()
    {
        var command = new Command("persisted-operations",
            "Print the manifest of the project's own GraphQL operations (this tool's mutations and the sandbox page's), in the " +
            "format of Apollo's persisted query manifests: give it to the server as GraphQL:PersistedOperations:Path.");
        command.SetAction(result => result.InvocationConfiguration.Output.WriteLine(PersistedOperations.Manifest()));
        return command;
    }

    /// <summary>A command that signs one mutation with the identity and prints or sends it.</summary>
    private static Command MutationCommand(string name, string description)
    {
        var command = new Command(name, description) { IdentityOption, CurlOption, SendOption };
        command.Validators.Add(result =>
        {
            if (result.GetResult(CurlOption) is not null && result.GetResult(SendOption) is not null)
            {
                result.AddError("Give --curl or --send, not both.");
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, Func<DemoIdentity, SignedMutation> build, CancellationToken cancellation)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        if (!DemoIdentity.TryLoad(result.GetValue(IdentityOption)!, out var identity, out var loadError))
        {
            await error.WriteLineAsync(loadError);
            return 1;
        }
        using (identity)
        {
            var mutation = build(identity);
            if (result.GetValue(SendOption) is { } endpoint)
            {
                return await RequestOutput.SendAsync(endpoint, mutation, output, error, cancellation);
            }
            await output.WriteLineAsync(result.GetValue(CurlOption) is { } curlEndpoint
                ? RequestOutput.Curl(curlEndpoint, mutation)
                : mutation.InlineDocument());
            return 0;
        }
    }

    private static long Ts(ParseResult result) => result.GetValue(TsOption) ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private static Uri? ParseEndpoint(string text, Action<string> addError)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }
        addError($"'{text}' is not an http or https URL, such as http://localhost:5000/graphql.");
        return null;
    }
}
