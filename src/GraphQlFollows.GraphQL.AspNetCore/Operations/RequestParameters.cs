using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore.Operations;

/// <summary>
/// The parameters of a GraphQL request as a transport carried them, before its document is known: the document
/// itself (<c>query</c>), or a reference to a persisted one (<c>documentId</c>, or the automatic persisted queries'
/// <c>extensions.persistedQuery</c>), which <see cref="Persisted.PersistedDocuments"/> turns into the document.
/// </summary>
internal sealed record RequestParameters(
    string? Query,
    string? DocumentId,
    string? OperationName,
    Dictionary<string, object?>? Variables,
    Dictionary<string, object?>? Extensions,
    IServiceProvider? Services)
{
    /// <summary>Whether the request asked for its operation's price in the response.</summary>
    public bool ReportCost { get; init; }

    /// <summary>The request to run with <paramref name="query"/>, the document this request names.</summary>
    public GraphQLRequest ToRequest(string query) => new()
    {
        Query = query,
        OperationName = OperationName,
        Variables = Variables,
        Extensions = Extensions,
        Services = Services,
        ReportCost = ReportCost,
    };
}
