using Microsoft.Extensions.Options;

namespace GraphQlFollows.Api;

/// <summary>
/// Refuses <see cref="FollowsApiOptions"/> the API could not honour, naming each setting as configuration spells it:
/// hosts validate them at start-up, and <see cref="Subscriptions.FollowEvents"/>'s constructor through
/// <see cref="ThrowIfInvalid"/>.
/// </summary>
public sealed class FollowsApiOptionsValidator : IValidateOptions<FollowsApiOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowsApiOptions options) =>
        options.SubscriberBufferSize >= 1
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{FollowsApiOptions.SectionName}:SubscriberBufferSize must be at least 1.");

    /// <exception cref="ArgumentException">The options are not valid; the message names the setting at fault.</exception>
    public static void ThrowIfInvalid(FollowsApiOptions options)
    {
        if (new FollowsApiOptionsValidator().Validate(null, options) is { Failed: true } result)
        {
            throw new ArgumentException(result.FailureMessage);
        }
    }
}
