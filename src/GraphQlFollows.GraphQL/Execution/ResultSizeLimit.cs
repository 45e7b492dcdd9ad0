using System.Globalization;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// The refusal of a result that would take more than <see cref="ExecutionOptions.MaxResultBytes"/> as JSON: execution
/// stops building it, and a transport whose serialisation passes its own bound answers the same.
/// </summary>
public static class ResultSizeLimit
{
    public const string TooLargeCode = "RESPONSE_TOO_LARGE";

    public static GraphQLError TooLarge(long maxBytes) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"The response would be larger than the limit of {maxBytes} bytes: ask for fewer items (first, last) or fewer fields."),
        extensions: new Dictionary<string, object?> { ["code"] = TooLargeCode });
}

/// <summary>Thrown where a result passes its bound: not a field error, it ends the whole execution.</summary>
public sealed class ResultTooLargeException(long maxBytes) : Exception($"The result passed its bound of {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
