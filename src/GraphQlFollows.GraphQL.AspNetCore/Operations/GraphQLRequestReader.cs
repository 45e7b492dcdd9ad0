using System.Text;
using System.Text.Json;
using GraphQlFollows.GraphQL.AspNetCore.Persisted;
using GraphQlFollows.GraphQL.Utilities;
using Microsoft.Extensions.Primitives;

namespace GraphQlFollows.GraphQL.AspNetCore.Operations;

/// <summary>
/// Reads the parameters of a GraphQL request, <c>query</c> (or <c>documentId</c>), <c>operationName</c>,
/// <c>variables</c> and <c>extensions</c>, wherever a transport carries them: members of a JSON object (a POST body,
/// a <c>subscribe</c> message's payload) or text parameters (a GET query string, <c>variables</c> and
/// <c>extensions</c> then being JSON texts). Parameters of the wrong type, and a request that names no document at
/// all, are a <see cref="GraphQLRequestException"/>; unknown members are ignored, as GraphQL over HTTP requires. The
/// HTTP request that carries them (a WebSocket's upgrade) gives the services and the headers that ask for more, such
/// as <c>GraphQL-Cost: report</c>.
/// </summary>
internal static class GraphQLRequestReader
{
    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>The header by which a request asks for its operation's price in the response (<c>GraphQL-Cost: report</c>).</summary>
    public const string CostHeader = "GraphQL-Cost";

    /// <summary>Reads the members of the object whose start <paramref name="reader"/> is on, up to its end.</summary>
    public static RequestParameters FromJson(ref Utf8JsonReader reader, HttpContext carrier)
    {
        string? query = null;
        string? documentId = null;
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
            else if (reader.ValueTextEquals("documentId"u8))
            {
                reader.Read();
                documentId = ReadString(ref reader, "documentId");
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

        return Create(query, documentId, operationName, variables, extensions, carrier);
    }

    /// <summary>Reads the parameters of a GET request, each given at most once; an empty one counts as absent.</summary>
    public static RequestParameters FromQueryString(HttpContext carrier)
    {
        var parameters = carrier.Request.Query;
        return Create(
            Single(parameters["query"], "query"),
            Single(parameters["documentId"], "documentId"),
            Single(parameters["operationName"], "operationName"),
            JsonMap(Single(parameters["variables"], "variables"), "variables"),
            JsonMap(Single(parameters["extensions"], "extensions"), "extensions"),
            carrier);
    }

    /// <summary>Reads to the end of the text, so that anything after the value just read is refused.</summary>
    public static void ReadToEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            // Only whitespace may follow the value; the reader throws on anything else.
        }
    }

    private static RequestParameters Create(
        string? query,
        string? documentId,
        string? operationName,
        Dictionary<string, object?>? variables,
        Dictionary<string, object?>? extensions,
        HttpContext carrier) =>
        query is null && documentId is null && extensions?.ContainsKey(PersistedQuery.Extension) != true
            ? throw new GraphQLRequestException("The request has no \"query\" string.")
            : new RequestParameters(query, documentId, operationName, variables, extensions, carrier.RequestServices)
            {
                ReportCost = string.Equals(carrier.Request.Headers[CostHeader].ToString(), "report", StringComparison.OrdinalIgnoreCase),
            };

    private static string? ReadString(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new GraphQLRequestException($"The \"{parameter}\" parameter must be a string."),
    };

    private static Dictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.StartObject => (Dictionary<string, object?>)JsonValues.Read(ref reader)!,
        JsonTokenType.Null => null,
        _ => throw new GraphQLRequestException($"The \"{parameter}\" parameter must be a JSON object."),
    };

    private static string? Single(StringValues values, string parameter)
    {
        if (values.Count > 1)
        {
            throw new GraphQLRequestException($"The \"{parameter}\" parameter is given more than once.");
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
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), ReaderOptions);
            reader.Read();
            var map = ReadMap(ref reader, parameter);
            ReadToEnd(ref reader);
            return map;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new GraphQLRequestException($"The \"{parameter}\" parameter is not valid JSON: {e.Message}");
        }
    }
}
