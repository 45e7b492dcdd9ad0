using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.Server.Json;

namespace GraphQlFollows.Server.Http;

/// <summary>Writes a GraphQL response with its status code and media type.</summary>
internal static class GraphQLHttpResponse
{
    private const string GraphQLResponseJsonContentType = ContentNegotiation.GraphQLResponseJsonType + "; charset=utf-8";
    private const string JsonContentType = ContentNegotiation.JsonType + "; charset=utf-8";

    // The response is JSON, never HTML, so text needs only JSON's own escapes.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

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
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ExecutionResultJsonWriter.Write(writer, result);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
