using GraphQlFollows.Follows.Store;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// How clients learn of the follow store's failures (<see cref="StoreFaults"/>): as an error with its code, which
/// answers the whole response with 503 while the store is unavailable and 507 when its disk is full, since the
/// server, not the request, is at fault.
/// </summary>
internal sealed class StoreFaultErrors : IGraphQLExceptionTranslator
{
    public const string ServiceUnavailableCode = "SERVICE_UNAVAILABLE";

    public const string StorageFullCode = "STORAGE_FULL";

    /// <summary>The number of seconds a client is asked to wait (<c>Retry-After</c>) before trying again.</summary>
    public const int RetryAfterSeconds = 1;

    public static void AddStatusCodes(GraphQLServerOptions options)
    {
        options.ErrorStatusCodes.TryAdd(ServiceUnavailableCode, StatusCodes.Status503ServiceUnavailable);
        options.ErrorStatusCodes.TryAdd(StorageFullCode, StatusCodes.Status507InsufficientStorage);
    }

    public GraphQLException? Translate(Exception exception) => StoreFaults.Recognize(exception) switch
    {
        null => null,
        { Fault: StoreFault.Full } => new GraphQLException(
            "The database's disk is full: writes are refused until space is freed; reads go on.",
            GraphQLErrors.Extensions(StorageFullCode, RetryAfterSeconds)),
        _ => new GraphQLException(
            "The database is unavailable; the server reconnects by itself, so try again shortly.",
            GraphQLErrors.Extensions(ServiceUnavailableCode, RetryAfterSeconds)),
    };
}
