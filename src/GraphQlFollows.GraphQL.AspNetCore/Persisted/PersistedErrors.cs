namespace GraphQlFollows.GraphQL.AspNetCore.Persisted;

/// <summary>The errors of persisted operations, each a request error with its <c>extensions.code</c>.</summary>
internal static class PersistedErrors
{
    public const string QueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string OperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";
    public const string OperationsOnly = "PERSISTED_OPERATIONS_ONLY";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";

    // Apollo's clients recognise this message as well as the code.
    public static GraphQLError NotFound() => Create("PersistedQueryNotFound", QueryNotFound);

    // Told when automatic persisted queries are off, so that clients stop sending hashes alone.
    public static GraphQLError NotSupported() => Create("PersistedQueryNotSupported", NotSupportedCode);

    public static GraphQLError Mismatch() =>
        Create("The document's SHA-256 is not extensions.persistedQuery.sha256Hash: the hash must be of the document as sent.", HashMismatch);

    public static GraphQLError UnknownOperation(string id) =>
        Create($"No persisted operation has the id \"{Shortened(id)}\".", OperationNotFound);

    public static GraphQLError OnlyPersisted() =>
        Create("This server runs only its persisted operations: send the documentId of one of them.", OperationsOnly);

    public static GraphQLError Malformed(string message) => Create(message, "BAD_REQUEST");

    private static string Shortened(string id) => id.Length <= 80 ? id : id[..80] + "...";

    private static GraphQLError Create(string message, string code) => new(message, extensions: GraphQLErrors.Extensions(code));
}
