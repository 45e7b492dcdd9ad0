using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

internal enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx status codes.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, for clients that predate the GraphQL over HTTP specification: GraphQL errors come with 200.</summary>
    Json,
}

/// <summary>Reads the <c>Accept</c> and <c>Content-Type</c> headers as the GraphQL over HTTP specification asks.</summary>
internal static class ContentNegotiation
{
    public const string GraphQLResponseJsonType = "application/graphql-response+json";
    public const string JsonType = "application/json";
    private const string HtmlType = "text/html";

    /// <summary>
    /// The response media type the client prefers, or null when it accepts neither. Without an <c>Accept</c> header
    /// (or with one that does not parse) a client gets <c>application/json</c>, as do wildcards. On equal quality the
    /// specification's own type wins.
    /// </summary>
    public static ResponseMediaType? SelectResponseType(StringValues accept)
    {
        // The values clients send most are answered without parsing.
        switch (accept.Count == 1 ? accept[0] : null)
        {
            case GraphQLResponseJsonType:
                return ResponseMediaType.GraphQLResponseJson;
            case JsonType or "*/*":
                return ResponseMediaType.Json;
        }

        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return ResponseMediaType.Json;
        }

        ResponseMediaType? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0 || Match(range.MediaType) is not { } candidate)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && candidate == ResponseMediaType.GraphQLResponseJson))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True when the client names <c>text/html</c> among what it accepts, as browsers navigating do.</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        foreach (var range in ranges)
        {
            if ((range.Quality ?? 1.0) > 0 && range.MediaType.Equals(HtmlType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for <c>application/json</c> in UTF-8 (the charset may be omitted).</summary>
    public static bool IsJsonContent(string? contentType)
    {
        if (contentType is JsonType or "application/json; charset=utf-8")
        {
            return true;
        }

        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var charset = parsed.Charset;
        return parsed.MediaType.Equals(JsonType, StringComparison.OrdinalIgnoreCase)
            && (StringSegment.IsNullOrEmpty(charset)
                || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    private static ResponseMediaType? Match(StringSegment mediaType)
    {
        if (mediaType.Equals(GraphQLResponseJsonType, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        return mediaType.Equals(JsonType, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)
            ? ResponseMediaType.Json
            : null;
    }
}
