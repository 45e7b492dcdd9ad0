namespace GraphQlFollows.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Apollo's automatic persisted queries: <c>extensions.persistedQuery { version: 1, sha256Hash }</c> names a document
/// by its hash; sent without <c>query</c>, the server answers it if it knows the hash, and
/// <c>PERSISTED_QUERY_NOT_FOUND</c> otherwise, upon which the client sends the document with its hash once.
/// </summary>
internal sealed record PersistedQuery(string Sha256Hash)
{
    public const string Extension = "persistedQuery";

    /// <summary>The reference a request's extensions hold, none (null), or the error of a malformed one.</summary>
    public static (PersistedQuery? Query, GraphQLError? Error) From(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions?.GetValueOrDefault(Extension) is not { } value)
        {
            return (null, null);
        }
        if (value is not IReadOnlyDictionary<string, object?> persisted)
        {
            return (null, PersistedErrors.Malformed("extensions.persistedQuery must be an object with version and sha256Hash."));
        }
        if (persisted.GetValueOrDefault("version") is not (1L or 1))
        {
            return (null, PersistedErrors.Malformed("extensions.persistedQuery.version must be 1, the only version of the protocol."));
        }
        return persisted.GetValueOrDefault("sha256Hash") is string hash
            ? (new PersistedQuery(hash), null)
            : (null, PersistedErrors.Malformed("extensions.persistedQuery.sha256Hash must be a string."));
    }
}
