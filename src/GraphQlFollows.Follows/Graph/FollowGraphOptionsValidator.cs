using GraphQlFollows.Follows.Graph.Log;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// Refuses <see cref="FollowGraphOptions"/> the graph could not honour, naming each setting as configuration spells
/// it (<c>Follows:MaxQueuedWrites</c>): hosts validate it at start-up, and <see cref="FollowGraph"/>'s constructor
/// through <see cref="ThrowIfInvalid"/>.
/// </summary>
public sealed class FollowGraphOptionsValidator : IValidateOptions<FollowGraphOptions>
{
    private const string Section = FollowGraphOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, FollowGraphOptions options)
    {
        (bool Holds, string Failure)[] rules =
        [
            (options.MaxMessageAge >= TimeSpan.Zero, $"{Section}:MaxMessageAge cannot be negative."),
            (options.MaxMessageAhead >= TimeSpan.Zero, $"{Section}:MaxMessageAhead cannot be negative."),
            (options.RateLimitPermits >= 0, $"{Section}:RateLimitPermits cannot be negative."),
            (options.RateLimitPermits == 0 || options.RateLimitWindow > TimeSpan.Zero,
                $"{Section}:RateLimitWindow must be positive while {Section}:RateLimitPermits is not 0."),
            (options.LogPollInterval > TimeSpan.Zero, $"{Section}:LogPollInterval must be positive."),
            (options.MaxOperationsPerCommit is >= 1 and <= OperationIds.PerCommit,
                $"{Section}:MaxOperationsPerCommit must be from 1 to {OperationIds.PerCommit}."),
            (options.MaxSigningKeysPerAddress >= 1, $"{Section}:MaxSigningKeysPerAddress must be at least 1."),
            (options.MaxQueuedWrites >= 1, $"{Section}:MaxQueuedWrites must be at least 1."),
            (options.MaxQueueWait > TimeSpan.Zero, $"{Section}:MaxQueueWait must be positive."),
        ];
        var failures = rules.Where(rule => !rule.Holds).Select(rule => rule.Failure).ToArray();
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <exception cref="ArgumentException">The options are not valid; the message names every setting at fault.</exception>
    public static void ThrowIfInvalid(FollowGraphOptions options)
    {
        if (new FollowGraphOptionsValidator().Validate(null, options) is { Failed: true } result)
        {
            throw new ArgumentException(result.FailureMessage);
        }
    }
}
