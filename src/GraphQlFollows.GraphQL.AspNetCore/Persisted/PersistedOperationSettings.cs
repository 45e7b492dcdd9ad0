namespace GraphQlFollows.GraphQL.AspNetCore.Persisted;

/// <summary>Persisted operations (section <c>GraphQL:PersistedOperations</c>): trusted documents and automatic persisted queries.</summary>
public sealed class PersistedOperationSettings
{
    /// <summary>
    /// A manifest of trusted documents in the format Apollo's and GraphQL Code Generator's tools write
    /// (<c>apollo-persisted-query-manifest</c>, version 1), read at start-up; null: none.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Serve only the manifest's documents: any other is refused (<c>PERSISTED_OPERATIONS_ONLY</c>).</summary>
    public bool Only { get; set; }

    /// <summary>Accept Apollo's automatic persisted queries: a document sent once with its hash is then served by hash.</summary>
    public bool Automatic { get; set; } = true;

    /// <summary>
    /// The most documents kept for automatic persisted queries, the least recently used dropped first (at most this
    /// many times <c>MaxDocumentLength</c> characters of memory). Each instance keeps its own: a client whose hash an
    /// instance does not know sends the document again, as the protocol says.
    /// </summary>
    public int MaxAutomaticDocuments { get; set; } = 1000;
}
