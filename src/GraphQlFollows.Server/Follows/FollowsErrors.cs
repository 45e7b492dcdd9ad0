using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Faults;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// How clients learn of the follow graph's refusals that are not a status: a write the writer cannot queue
/// (<see cref="GraphOverloadedException"/>, <c>OVERLOADED</c>) and the store's failures (<see cref="StoreFaults"/>),
/// each as an error with its code, which answers the whole response (503 while the store is unavailable, 507 when
/// its disk is full), since the server, not the request, is at fault.
/// </summary>
internal sealed class FollowsErrors : IGraphQLExceptionTranslator
{
    public const string ServiceUnavailableCode = "SERVICE_UNAVAILABLE";

    public const string StorageFullCode = "STORAGE_FULL";

    public const string OverloadedCode = "OVERLOADED";

    /// <summary>The number of seconds a client is asked to wait (<c>Retry-After</c>) before trying again.</summary>
    public const int RetryAfterSeconds = 1;

    public static void AddStatusCodes(GraphQLServerOptions options)
    {
        options.ErrorStatusCodes.TryAdd(ServiceUnavailableCode, StatusCodes.Status503ServiceUnavailable);
        options.ErrorStatusCodes.TryAdd(StorageFullCode, StatusCodes.Status507InsufficientStorage);
        options.ErrorStatusCodes.TryAdd(OverloadedCode, StatusCodes.Status503ServiceUnavailable);
    }

    public GraphQLException? Translate(Exception exception) =>
        exception is GraphOverloadedException overloaded ? Overloaded(overloaded.RetryAfter) : TranslateStoreFault(exception);

    /// <summary>The writer has more queued than it can commit in time: nothing was decided; send it again later.</summary>
    private static GraphQLException Overloaded(TimeSpan retryAfter) => new(
        "The server has more writes waiting than it can commit in time; nothing was changed. Send the same request again later.",
        GraphQLErrors.Extensions(OverloadedCode, (int)Math.Ceiling(retryAfter.TotalSeconds)));

    private static GraphQLException? TranslateStoreFault(Exception exception) => StoreFaults.Recognize(exception) switch
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
