using GraphQlFollows.Follows.Applications;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>
/// Refuses <see cref="WebhookOptions"/> delivery could not honour, at start-up and naming the setting: the delays
/// and intervals, and each configured webhook by the checks of a registration (<see cref="Webhook.Problem"/>).
/// </summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    private const string Section = WebhookOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        (bool Holds, string Failure)[] rules =
        [
            (options.AttemptTimeout > TimeSpan.Zero, $"{Section}:AttemptTimeout must be positive."),
            (options.RetryDelay > TimeSpan.Zero, $"{Section}:RetryDelay must be positive."),
            (options.MaxRetryDelay >= options.RetryDelay, $"{Section}:MaxRetryDelay must not be shorter than {Section}:RetryDelay."),
            (options.PollInterval > TimeSpan.Zero, $"{Section}:PollInterval must be positive."),
            (options.RefreshInterval > TimeSpan.Zero, $"{Section}:RefreshInterval must be positive."),
        ];
        var endpoints = options.Endpoints.Select((e, i) => (Problem: Webhook.Problem(e.Name, e.Url, e.Secret, e.Handle, e.Address), Index: i))
            .Where(e => e.Problem is not null)
            .Select(e => $"{Section}:Endpoints:{e.Index}: {e.Problem}");
        var failures = rules.Where(rule => !rule.Holds).Select(rule => rule.Failure).Concat(endpoints).ToArray();
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
