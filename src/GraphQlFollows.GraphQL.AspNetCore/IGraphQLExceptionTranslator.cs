namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// Names the failures of an application's domain for clients: a resolver's exception that it translates is reported
/// with the translation's message and extensions instead of as an unexpected error. Registered as a service, it is
/// handed to the engine (<see cref="Execution.ExecutionOptions.TranslateException"/>).
/// </summary>
public interface IGraphQLExceptionTranslator
{
    /// <summary>The error meant for the client, or null to report <paramref name="exception"/> as unexpected.</summary>
    GraphQLException? Translate(Exception exception);
}
