namespace GraphQlFollows.GraphQL;

/// <summary>A position in a source text, 1-based, as the response's <c>locations</c> entries give it.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>An error as the GraphQL response format carries it: message, locations, path and extensions.</summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response keys (string) and list indices (int) from the root to the field that failed.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public override string ToString() => Message;
}

/// <summary>
/// Thrown by scalars, resolvers and the engine to report an error whose message is meant for the client.
/// Other exceptions thrown by resolvers are reported without their message, so no internals leak.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null, Exception? inner = null)
        : base(message, inner)
    {
        Extensions = extensions;
    }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
