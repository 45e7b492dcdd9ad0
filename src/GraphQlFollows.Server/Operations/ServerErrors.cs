using GraphQlFollows.GraphQL;

namespace GraphQlFollows.Server.Operations;

/// <summary>The errors the server itself reports, each with a stable <c>extensions.code</c> clients can test.</summary>
internal static class ServerErrors
{
    public static GraphQLError BadRequest(string message) => Create(message, "BAD_REQUEST");

    public static GraphQLError RequestTooLarge(long limit) =>
        Create($"The request body is larger than the limit of {limit} bytes.", "REQUEST_TOO_LARGE");

    public static GraphQLError DocumentTooLarge(int limit) =>
        Create($"The GraphQL document is longer than the limit of {limit} characters.", "DOCUMENT_TOO_LARGE");

    public static GraphQLError TooDeep(int limit) =>
        Create($"The operation nests fields deeper than the limit of {limit}.", "OPERATION_TOO_DEEP");

    public static GraphQLError TooManyFields(int limit) =>
        Create($"The operation selects more than the limit of {limit} fields (fragments counted where they are spread).", "TOO_MANY_FIELDS");

    public static GraphQLError TooManyAliases(int limit) =>
        Create($"The operation uses more than the limit of {limit} aliases (fragments counted where they are spread).", "TOO_MANY_ALIASES");

    public static GraphQLError TimedOut(TimeSpan budget) =>
        Create($"The request did not complete within its time budget of {budget.TotalSeconds:0.###} seconds.", "TIMEOUT");

    public static GraphQLError OriginNotAllowed(string origin) =>
        Create($"Pages from the origin {origin} may not open a WebSocket to this server.", "ORIGIN_NOT_ALLOWED");

    public static GraphQLError TooManyConnections(long limit) =>
        Create($"The server has its limit of {limit} WebSocket connections open; try again later.", "TOO_MANY_CONNECTIONS");

    public const string ServiceUnavailableCode = "SERVICE_UNAVAILABLE";

    public const string StorageFullCode = "STORAGE_FULL";

    public static GraphQLError ServiceUnavailable() =>
        Create("The database is unavailable; the server reconnects by itself, so try again shortly.", ServiceUnavailableCode);

    public static GraphQLError StorageFull() =>
        Create("The database's disk is full: writes are refused until space is freed; reads go on.", StorageFullCode);

    public static GraphQLError Internal() => Create("The server failed to process the request.", "INTERNAL_SERVER_ERROR");

    public static string? CodeOf(GraphQLError error) =>
        error.Extensions?.TryGetValue("code", out var code) == true ? code as string : null;

    private static GraphQLError Create(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
