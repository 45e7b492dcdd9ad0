using System.Buffers;
using System.Text.Json;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Utilities;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using Microsoft.Extensions.Primitives;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: the parameters <c>query</c>, <c>operationName</c>, <c>variables</c> and
/// <c>extensions</c> from a POST body in JSON or from a GET query string. Anything malformed is a
/// <see cref="GraphQLHttpException"/>; unknown JSON members are ignored, as the specification requires.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    public static GraphQLRequest FromQueryString(HttpRequest request)
    {
        var parameters = request.Query;
        var query = Single(parameters["query"], "query")
            ?? throw BadRequest("The request has no \"query\" parameter.");
        return new GraphQLRequest
        {
            Query = query,
            OperationName = Single(parameters["operationName"], "operationName"),
            Variables = JsonMap(Single(parameters["variables"], "variables"), "variables"),
            Extensions = JsonMap(Single(parameters["extensions"], "extensions"), "extensions"),
            Services = request.HttpContext.RequestServices,
        };
    }

    /// <summary>Reads the body (at most <paramref name="limit"/> bytes) and parses it once it has fully arrived.</summary>
    public static async ValueTask<GraphQLRequest> FromBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
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
                    return Parse(buffer, request.HttpContext.RequestServices);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static GraphQLRequest Parse(ReadOnlySequence<byte> body, IServiceProvider services)
    {
        if (body.IsEmpty)
        {
            throw BadRequest("The request body is empty.");
        }

        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                throw BadRequest("Batched requests are not supported: send one GraphQL request per HTTP request.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw BadRequest("The request body must be a JSON object.");
            }

            var request = ReadParameters(ref reader, services);
            ReadToEnd(ref reader);
            return request;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }

    private static GraphQLRequest ReadParameters(ref Utf8JsonReader reader, IServiceProvider services)
    {
        string? query = null;
        string? operationName = null;
        Dictionary<string, object?>? variables = null;
        Dictionary<string, object?>? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                query = ReadString(ref reader, "query");
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                reader.Read();
                operationName = ReadString(ref reader, "operationName");
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                reader.Read();
                variables = ReadMap(ref reader, "variables");
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                extensions = ReadMap(ref reader, "extensions");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new GraphQLRequest
        {
            Query = query ?? throw BadRequest("The request has no \"query\" string."),
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
            Services = services,
        };
    }

    private static string? ReadString(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw BadRequest($"The \"{parameter}\" parameter must be a string."),
    };

    private static Dictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.StartObject => (Dictionary<string, object?>)JsonValues.Read(ref reader)!,
        JsonTokenType.Null => null,
        _ => throw BadRequest($"The \"{parameter}\" parameter must be a JSON object."),
    };

    /// <summary>A query-string parameter given at most once; the empty string counts as absent.</summary>
    private static string? Single(StringValues values, string parameter)
    {
        if (values.Count > 1)
        {
            throw BadRequest($"The \"{parameter}\" parameter is given more than once.");
        }

        var value = values.ToString();
        return value.Length == 0 ? null : value;
    }

    private static Dictionary<string, object?>? JsonMap(string? json, string parameter)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), ReaderOptions);
            reader.Read();
            var map = ReadMap(ref reader, parameter);
            ReadToEnd(ref reader);
            return map;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw BadRequest($"The \"{parameter}\" parameter is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Reads to the end of the text, so that anything after the value just read is refused.</summary>
    private static void ReadToEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            // Only whitespace may follow the value; the reader throws on anything else.
        }
    }

    private static GraphQLHttpException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ServerErrors.BadRequest(message));

    private static GraphQLHttpException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, ServerErrors.RequestTooLarge(limit));
}
