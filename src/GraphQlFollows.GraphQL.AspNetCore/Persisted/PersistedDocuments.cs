using System.Collections.Frozen;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore.Persisted;

/// <summary>
/// The document a request names: its own <c>query</c>, a trusted document of the manifest by <c>documentId</c>
/// (<c>sha256:</c> and the hash, or the hash alone) or by <c>extensions.persistedQuery.sha256Hash</c>, or a document an
/// automatic persisted query sent earlier. With <see cref="PersistedOperationSettings.Only"/>, a document that is not
/// the manifest's is refused, however it is sent.
/// </summary>
internal sealed class PersistedDocuments
{
    private const string DocumentIdPrefix = "sha256:";

    private readonly FrozenDictionary<string, string> _trusted;
    private readonly MemoryCache? _automatic;
    private readonly bool _only;

    public PersistedDocuments(IOptions<GraphQLServerOptions> options)
    {
        var settings = options.Value.PersistedOperations;
        _trusted = settings.Path is { } path ? PersistedOperationManifest.Read(path) : FrozenDictionary<string, string>.Empty;
        _only = settings.Only;
        _automatic = settings.Automatic && !settings.Only
            ? new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxAutomaticDocuments })
            : null;
    }

    /// <summary>The document to run, or the error that refuses the request.</summary>
    public ResolvedDocument Resolve(RequestParameters parameters)
    {
        var (persisted, malformed) = PersistedQuery.From(parameters.Extensions);
        if (malformed is not null)
        {
            return Refused(malformed);
        }
        if (parameters.DocumentId is { } documentId)
        {
            return parameters.Query is not null
                ? Refused(PersistedErrors.Malformed("Give either query or documentId, not both."))
                : Trusted(Key(documentId)) is { } body ? new(body) : Refused(PersistedErrors.UnknownOperation(documentId));
        }
        if (parameters.Query is { } query)
        {
            return persisted is null ? Sent(query) : SentWithHash(query, persisted.Sha256Hash);
        }
        var key = persisted!.Sha256Hash.ToLowerInvariant();
        if (Trusted(key) is { } trusted)
        {
            return new(trusted);
        }
        if (_automatic?.Get<string>(key) is { } automatic)
        {
            return new(automatic);
        }
        return Refused(_only || _automatic is not null ? PersistedErrors.NotFound() : PersistedErrors.NotSupported());
    }

    /// <summary>Keeps a document an automatic persisted query sent, under its hash.</summary>
    public void Remember(string hash, string query) =>
        _automatic?.Set(hash, query, new MemoryCacheEntryOptions { Size = 1 });

    private ResolvedDocument Sent(string query) =>
        !_only || _trusted.ContainsKey(DocumentHash.Of(query)) ? new(query) : Refused(PersistedErrors.OnlyPersisted());

    private ResolvedDocument SentWithHash(string query, string hash)
    {
        var actual = DocumentHash.Of(query);
        if (!string.Equals(actual, hash, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(PersistedErrors.Mismatch());
        }
        if (_only && !_trusted.ContainsKey(actual))
        {
            return Refused(PersistedErrors.OnlyPersisted());
        }
        return new(query, Remember: _automatic is null ? null : actual);
    }

    private string? Trusted(string key) => _trusted.GetValueOrDefault(key);

    private static string Key(string documentId) =>
        (documentId.StartsWith(DocumentIdPrefix, StringComparison.Ordinal) ? documentId[DocumentIdPrefix.Length..] : documentId).ToLowerInvariant();

    private static ResolvedDocument Refused(GraphQLError error) => new(null, error);
}

/// <summary>
/// The document a request names, or the <see cref="Error"/> that refuses it. <see cref="Remember"/> is the hash under
/// which the document is kept once it proved valid (an automatic persisted query that sent its document).
/// </summary>
internal readonly record struct ResolvedDocument(string? Query, GraphQLError? Error = null, string? Remember = null);
