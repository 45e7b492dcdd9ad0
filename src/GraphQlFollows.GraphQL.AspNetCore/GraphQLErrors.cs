namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// The conventions of the errors this transport and its applications report: a stable <c>extensions.code</c>
/// clients can test, and, for refusals that pass, <c>extensions.retryAfter</c> in whole seconds (sent over HTTP as
/// <c>Retry-After</c> too).
/// </summary>
public static class GraphQLErrors
{
    public const string CodeExtension = "code";

    public const string RetryAfterExtension = "retryAfter";

    public static string? CodeOf(GraphQLError error) => error.Extensions?.GetValueOrDefault(CodeExtension) as string;

    /// <summary>The extensions of an error with <paramref name="code"/>, and when to try again if given.</summary>
    public static Dictionary<string, object?> Extensions(string code, int? retryAfterSeconds = null)
    {
        var extensions = new Dictionary<string, object?> { [CodeExtension] = code };
        if (retryAfterSeconds is { } seconds)
        {
            extensions[RetryAfterExtension] = seconds;
        }
        return extensions;
    }
}
