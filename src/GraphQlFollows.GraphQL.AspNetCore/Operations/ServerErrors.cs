using GraphQlFollows.GraphQL;

namespace GraphQlFollows.GraphQL.AspNetCore.Operations;

/// <summary>The errors the server itself reports, each with a stable <c>extensions.code</c> clients can test.</summary>
internal static class ServerErrors
{
    public static GraphQLError BadRequest(string message) => Create(message, "BAD_REQUEST");

    public static GraphQLError RequestTooLarge(long limit) =>
        Create($"The request body is larger than the limit of {limit} bytes.", "REQUEST_TOO_LARGE");

    public static GraphQLError DocumentTooLarge(int limit) =>
        Create($"The GraphQL document is longer than the limit of {limit} characters.", "DOCUMENT_TOO_LARGE");

    public static GraphQLError TimedOut(TimeSpan budget) =>
        Create($"The request did not complete within its time budget of {budget.TotalSeconds:0.###} seconds.", "TIMEOUT");

    public static GraphQLError OriginNotAllowed(string origin) =>
        Create($"Pages from the origin {origin} may not open a WebSocket to this server.", "ORIGIN_NOT_ALLOWED");

    public static GraphQLError TooManyConnections(long limit) =>
        Create($"The server has its limit of {limit} WebSocket connections open; try again later.", "TOO_MANY_CONNECTIONS");

    public static GraphQLError Internal() => Create("The server failed to process the request.", "INTERNAL_SERVER_ERROR");

    private static GraphQLError Create(string message, string code) =>
        new(message, extensions: GraphQLErrors.Extensions(code));
}
