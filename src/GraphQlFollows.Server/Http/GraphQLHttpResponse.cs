using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.Server.Http;

/// <summary>Writes a GraphQL response with its status code and media type.</summary>
internal static class GraphQLHttpResponse
{
    private const string GraphQLResponseJsonContentType = ContentNegotiation.GraphQLResponseJsonType + "; charset=utf-8";
    private const string JsonContentType = ContentNegotiation.JsonType + "; charset=utf-8";

    /// <summary>The status of a response without data: a request error, which only the new media type reports as 4xx.</summary>
    public static int RequestErrorStatus(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    public static Task WriteErrorAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, GraphQLError error) =>
        WriteAsync(context, statusCode, mediaType, ExecutionResult.RequestError([error]));

    public static async Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonContentType : JsonContentType;
        ExecutionResultWriter.Write(result, response.BodyWriter);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
