using System.CommandLine;
using GraphQlFollows.Follows.Applications;
using GraphQlFollows.Server.Webhooks;
using static GraphQlFollows.Server.Commands.ApplicationCommands;

namespace GraphQlFollows.Server.Commands;

/// <summary><c>webhook add|list|remove</c>: endpoints the server posts every accepted operation to.</summary>
internal static class WebhookCommands
{
    public static Command Create() => new("webhook", "Register, list and remove webhooks.")
    {
        AddCommand(),
        ListCommand(),
        RemoveCommand(),
    };

    private static Command AddCommand()
    {
        var name = new Argument<string>("name") { Description = "The webhook's name, unique." };
        var url = new Option<string>("--url") { Description = "The http or https URL operations are posted to.", Required = true };
        var secret = new Option<string>("--secret") { Description = "The key of each body's HMAC-SHA256 signature.", Required = true };
        var handle = new Option<string?>("--handle") { Description = "Only operations naming this handle." };
        var address = new Option<string?>("--address") { Description = "Only operations made by this wallet." };
        var fromStart = new Option<bool>("--from-start") { Description = "Deliver the whole log first, not only what is accepted from now on." };
        var command = Configurable(new Command("add",
            "Register a webhook; running servers start delivering to it within Webhooks:RefreshInterval.")
        {
            name, url, secret, handle, address, fromStart,
        });
        command.SetAction((result, cancellation) => ReportingAsync(result, async () =>
        {
            var webhook = Webhook.From(result.GetValue(name), result.GetValue(url), result.GetValue(secret), result.GetValue(handle), result.GetValue(address));
            var store = await OpenStoreAsync(result, cancellation);
            var state = await store.AddAsync(webhook, result.GetValue(fromStart), cancellation);
            await result.InvocationConfiguration.Output.WriteLineAsync(
                $"Registered the webhook {webhook.Name}: operations after position {state.Position} go to {webhook.DisplayUrl}.");
            return 0;
        }));
        return command;
    }

    private static Command ListCommand()
    {
        var command = Configurable(new Command("list",
            "List the webhooks: name, URL (without credentials or query values), filters and the log position delivered so far."));
        command.SetAction((result, cancellation) => ReportingAsync(result, async () =>
        {
            var store = await OpenStoreAsync(result, cancellation);
            foreach (var state in await store.ListAsync(cancellation))
            {
                var webhook = state.Webhook;
                var unreadable = state.SecretUnreadable ? "\tsecret not readable with this key: add it again" : "";
                await result.InvocationConfiguration.Output.WriteLineAsync(
                    $"{webhook.Name}\t{webhook.DisplayUrl}\thandle {webhook.Handle ?? "any"}\taddress {webhook.Address?.ToChecksumString() ?? "any"}\tdelivered to {state.Position}{unreadable}");
            }
            return 0;
        }));
        return command;
    }

    private static Command RemoveCommand()
    {
        var name = new Argument<string>("name") { Description = "The webhook to remove." };
        var command = Configurable(new Command("remove", "Remove a webhook (one from configuration comes back at the next start).") { name });
        command.SetAction((result, cancellation) => ReportingAsync(result, async () =>
        {
            var store = await OpenStoreAsync(result, cancellation);
            var webhookName = result.GetValue(name)!;
            if (!await store.RemoveAsync(webhookName, cancellation))
            {
                throw new InvalidOperationException($"No webhook is named {webhookName}.");
            }
            await result.InvocationConfiguration.Output.WriteLineAsync($"Removed the webhook {webhookName}.");
            return 0;
        }));
        return command;
    }

    private static async Task<WebhookStore> OpenStoreAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOf(result);
        var options = configuration.GetSection(WebhookOptions.SectionName).Get<WebhookOptions>() ?? new WebhookOptions();
        return new WebhookStore(await OpenAsync(configuration, cancellationToken), WebhookSecretKey.Secrets(options));
    }
}
