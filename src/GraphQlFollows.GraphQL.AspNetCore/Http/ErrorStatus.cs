using System.Globalization;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

/// <summary>
/// Errors that are the server's state rather than the request's fault (<see cref="GraphQLServerOptions.ErrorStatusCodes"/>):
/// a response holding one is answered with that error alone and its HTTP status, and with <c>Retry-After</c> when
/// the error says when to try again (<c>extensions.retryAfter</c>, in seconds).
/// </summary>
internal static class ErrorStatus
{
    /// <summary>The first error of <paramref name="result"/> whose code has a status, with that status; or null.</summary>
    public static (int StatusCode, GraphQLError Error)? Of(ExecutionResult result, IReadOnlyDictionary<string, int> statusCodes)
    {
        if (result.Errors is not { Count: > 0 } errors || statusCodes.Count == 0)
        {
            return null;
        }
        foreach (var error in errors)
        {
            if (StatusOf(error, statusCodes) is { } status)
            {
                return (status, error);
            }
        }
        return null;
    }

    /// <summary>The status of a refusal by <see cref="IOperationAdmission"/>: its code's, or 429.</summary>
    public static int OfRefusal(GraphQLError refusal, IReadOnlyDictionary<string, int> statusCodes) =>
        StatusOf(refusal, statusCodes) ?? StatusCodes.Status429TooManyRequests;

    private static int? StatusOf(GraphQLError error, IReadOnlyDictionary<string, int> statusCodes) =>
        GraphQLErrors.CodeOf(error) is { } code && statusCodes.TryGetValue(code, out var status) ? status : null;

    /// <summary>Answers with <paramref name="error"/> alone, and its <c>Retry-After</c> if it has one.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, GraphQLError error)
    {
        if (error.Extensions?.GetValueOrDefault(GraphQLErrors.RetryAfterExtension) is int seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        return GraphQLHttpResponse.WriteErrorAsync(context, statusCode, mediaType, error);
    }
}
