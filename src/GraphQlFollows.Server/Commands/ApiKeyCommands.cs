using System.CommandLine;
using GraphQlFollows.Follows.Applications;
using static GraphQlFollows.Server.Commands.ApplicationCommands;

namespace GraphQlFollows.Server.Commands;

/// <summary><c>api-key create|list|revoke</c>: the keys applications send in <c>X-API-KEY</c> when <c>Api:RequireKey</c> is on.</summary>
internal static class ApiKeyCommands
{
    private const int DefaultRate = 600;

    public static Command Create() => new("api-key", "Create, list and revoke application API keys.")
    {
        CreateCommand(),
        ListCommand(),
        RevokeCommand(),
    };

    private static Command CreateCommand()
    {
        var name = new Argument<string>("name") { Description = "The application's name, unique." };
        var rate = new Option<int>("--rate")
        {
            Description = $"Requests a minute the key may make on each server instance (0: no limit; default {DefaultRate}).",
            DefaultValueFactory = _ => DefaultRate,
            HelpName = "requests",
        };
        var command = Configurable(new Command("create",
            "Create a key and print it to standard output. It is stored hashed: this is the only time it is shown.") { name, rate });
        command.SetAction((result, cancellation) => ReportingAsync(result, async () =>
        {
            var store = new ApiKeyStore(await OpenAsync(result, cancellation));
            var (info, key) = await store
                .CreateAsync(result.GetValue(name)!, result.GetValue(rate), cancellation);
            await result.InvocationConfiguration.Error.WriteLineAsync(
                $"Created the API key {info.Name} ({Rate(info)}). Keep it now: it cannot be shown again.");
            await result.InvocationConfiguration.Output.WriteLineAsync(key);
            return 0;
        }));
        return command;
    }

    private static Command ListCommand()
    {
        var command = Configurable(new Command("list", "List the keys: name, rate, creation and revocation (never the keys themselves)."));
        command.SetAction((result, cancellation) => ReportingAsync(result, async () =>
        {
            var store = new ApiKeyStore(await OpenAsync(result, cancellation));
            foreach (var info in await store.ListAsync(cancellation))
            {
                var state = info.RevokedAt is { } revoked ? $"revoked {Time(revoked)}" : "active";
                await result.InvocationConfiguration.Output.WriteLineAsync(
                    $"{info.Name}\t{Rate(info)}\tcreated {Time(info.CreatedAt)}\t{state}");
            }
            return 0;
        }));
        return command;
    }

    private static Command RevokeCommand()
    {
        var name = new Argument<string>("name") { Description = "The application whose key is revoked." };
        var command = Configurable(new Command("revoke",
            "Revoke a key: every server instance refuses it within Api:KeyCacheDuration.") { name });
        command.SetAction((result, cancellation) => ReportingAsync(result, async () =>
        {
            var store = new ApiKeyStore(await OpenAsync(result, cancellation));
            var keyName = result.GetValue(name)!;
            if (!await store.RevokeAsync(keyName, cancellation))
            {
                throw new InvalidOperationException($"No active API key is named {keyName}.");
            }
            await result.InvocationConfiguration.Output.WriteLineAsync($"Revoked the API key {keyName}.");
            return 0;
        }));
        return command;
    }

    private static string Rate(ApiKeyInfo info) =>
        info.RequestsPerMinute == 0 ? "no rate limit" : $"{info.RequestsPerMinute} requests a minute";
}
