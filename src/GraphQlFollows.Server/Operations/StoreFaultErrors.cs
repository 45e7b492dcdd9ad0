using GraphQlFollows.Follows.Store;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.Server.Operations;

/// <summary>
/// How the transports report the follow store's failures (<see cref="StoreFaults"/>): the engine reports the
/// resolver's exception as an error with its code, and a response holding one is answered as a whole with that
/// error and its HTTP status, since the server, not the request, is at fault.
/// </summary>
internal static class StoreFaultErrors
{
    /// <summary>The number of seconds a client is asked to wait (<c>Retry-After</c>) before trying again.</summary>
    public const int RetryAfterSeconds = 1;

    /// <summary>For <see cref="ExecutionOptions.TranslateException"/>: the client's error for a store failure, or null.</summary>
    public static GraphQLException? Translate(Exception exception) => StoreFaults.Recognize(exception) switch
    {
        null => null,
        { Fault: StoreFault.Full } => Meant(ServerErrors.StorageFull()),
        _ => Meant(ServerErrors.ServiceUnavailable()),
    };

    /// <summary>
    /// The refusal that answers <paramref name="result"/> instead, with its HTTP status (503 while the store is
    /// unavailable, 507 when its disk is full), or null when no store failure is among its errors.
    /// </summary>
    public static (int StatusCode, GraphQLError Error)? Refusal(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return null;
        }
        foreach (var error in errors)
        {
            switch (ServerErrors.CodeOf(error))
            {
                case ServerErrors.ServiceUnavailableCode:
                    return (StatusCodes.Status503ServiceUnavailable, ServerErrors.ServiceUnavailable());
                case ServerErrors.StorageFullCode:
                    return (StatusCodes.Status507InsufficientStorage, ServerErrors.StorageFull());
            }
        }
        return null;
    }

    private static GraphQLException Meant(GraphQLError error) => new(error.Message, error.Extensions);
}
