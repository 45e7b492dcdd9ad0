using System.Buffers;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

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

    public static Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result) =>
        WriteAsync(context, statusCode, mediaType, result, long.MaxValue, CancellationToken.None);

    /// <summary>
    /// Writes a result of at most <paramref name="maxBytes"/> as JSON, serialised within <paramref name="budget"/>:
    /// past either, nothing is written and <see cref="ResultTooLargeException"/> or
    /// <see cref="OperationCanceledException"/> is thrown, so that the caller can answer instead.
    /// </summary>
    public static async Task WriteAsync(
        HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result, long maxBytes, CancellationToken budget)
    {
        var response = context.Response;
        var buffer = Serialise(result, maxBytes, budget);
        try
        {
            response.StatusCode = statusCode;
            response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonContentType : JsonContentType;
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenMemory.Span);
        }
        finally
        {
            Release(buffer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    // The whole body is written before it is sent, so its length is known and the response needs no chunked framing.
    // The serialisation buffer is reused by the thread: it is filled and copied out without awaiting in between.
    // A buffer grown by an unusually large response is let go rather than kept by its thread.
    private const int RetainedBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static BoundedBufferWriter? _buffer;

    private static BoundedBufferWriter Serialise(ExecutionResult result, long maxBytes, CancellationToken budget)
    {
        var buffer = _buffer ??= new BoundedBufferWriter(4096);
        buffer.Reset(maxBytes, budget);
        try
        {
            ExecutionResultWriter.Write(result, buffer);
            return buffer;
        }
        catch
        {
            Release(buffer);
            throw;
        }
    }

    private static void Release(BoundedBufferWriter buffer)
    {
        if (buffer.Capacity > RetainedBufferBytes)
        {
            _buffer = null;
        }
    }
}
