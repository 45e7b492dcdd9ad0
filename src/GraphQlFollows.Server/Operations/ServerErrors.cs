using GraphQlFollows.Api.Mutations;
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

    public const string TooManyRequestsCode = "TOO_MANY_REQUESTS";

    public const string TooManyWalletSignaturesCode = "TOO_MANY_WALLET_SIGNATURES";

    /// <summary>
    /// A refusal for load, with the seconds to wait before sending the same request again in
    /// <c>extensions.retryAfter</c> (and, over HTTP, in the <c>Retry-After</c> header).
    /// </summary>
    public static GraphQLError RetryLater(string message, string code, int retryAfterSeconds) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code, [RetryAfterExtension] = retryAfterSeconds });

    public const string RetryAfterExtension = WriteErrors.RetryAfterExtension;

    public static GraphQLError Internal() => Create("The server failed to process the request.", "INTERNAL_SERVER_ERROR");

    private static GraphQLError Create(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
