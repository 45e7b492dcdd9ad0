using System.Buffers;
using System.Text.Json;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: from a GET query string, or from a POST body of one JSON object, whose
/// parameters <see cref="GraphQLRequestReader"/> reads. Anything malformed is a <see cref="GraphQLHttpException"/>.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    public static RequestParameters FromQueryString(HttpRequest request)
    {
        try
        {
            return GraphQLRequestReader.FromQueryString(request.HttpContext);
        }
        catch (GraphQLRequestException e)
        {
            throw BadRequest(e.Message);
        }
    }

    /// <summary>Reads the body (at most <paramref name="limit"/> bytes) and parses it once it has fully arrived.</summary>
    public static async ValueTask<RequestParameters> FromBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (!ContentNegotiation.IsJsonContent(request.ContentType))
        {
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType, ServerErrors.BadRequest(
                "POST requests must have the Content-Type application/json (in UTF-8)."));
        }

        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var body = request.BodyReader;
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.End);
                throw TooLarge(limit);
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Parse(buffer, request.HttpContext);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static RequestParameters Parse(ReadOnlySequence<byte> body, HttpContext carrier)
    {
        if (body.IsEmpty)
        {
            throw BadRequest("The request body is empty.");
        }

        try
        {
            var reader = new Utf8JsonReader(body, GraphQLRequestReader.ReaderOptions);
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                throw BadRequest("Batched requests are not supported: send one GraphQL request per HTTP request.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw BadRequest("The request body must be a JSON object.");
            }

            var request = GraphQLRequestReader.FromJson(ref reader, carrier);
            GraphQLRequestReader.ReadToEnd(ref reader);
            return request;
        }
        catch (GraphQLRequestException e)
        {
            throw BadRequest(e.Message);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }

    private static GraphQLHttpException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ServerErrors.BadRequest(message));

    private static GraphQLHttpException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, ServerErrors.RequestTooLarge(limit));
}
