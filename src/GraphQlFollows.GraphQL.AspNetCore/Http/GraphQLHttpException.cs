using GraphQlFollows.GraphQL;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

/// <summary>A request refused before the engine sees it, with the HTTP status that says why.</summary>
internal sealed class GraphQLHttpException(int statusCode, GraphQLError error, string? allow = null) : Exception(error.Message)
{
    public int StatusCode { get; } = statusCode;

    public GraphQLError Error { get; } = error;

    /// <summary>The methods to list in the <c>Allow</c> header of a 405.</summary>
    public string? Allow { get; } = allow;
}
