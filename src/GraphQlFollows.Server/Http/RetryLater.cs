using System.Globalization;
using GraphQlFollows.Api.Mutations;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.Server.Operations;

namespace GraphQlFollows.Server.Http;

/// <summary>Refusals for load over HTTP: a 429 or 503 with <c>Retry-After</c>, as the error's <c>extensions.retryAfter</c> says.</summary>
internal static class RetryLater
{
    /// <summary>The seconds to wait if a write of <paramref name="result"/> was refused because the writer is overloaded.</summary>
    public static int? Overloaded(ExecutionResult result)
    {
        if (result.Errors is not { } errors)
        {
            return null;
        }
        foreach (var error in errors)
        {
            if (Code(error) == WriteErrors.OverloadedCode)
            {
                return Seconds(error);
            }
        }
        return null;
    }

    public static Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, GraphQLError error)
    {
        SetHeader(context.Response, Seconds(error));
        return GraphQLHttpResponse.WriteErrorAsync(context, statusCode, mediaType, error);
    }

    public static void SetHeader(HttpResponse response, int seconds) =>
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

    private static string? Code(GraphQLError error) => error.Extensions?.GetValueOrDefault("code") as string;

    private static int Seconds(GraphQLError error) =>
        error.Extensions?.GetValueOrDefault(ServerErrors.RetryAfterExtension) is int seconds ? seconds : 1;
}
