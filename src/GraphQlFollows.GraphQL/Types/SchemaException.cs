namespace GraphQlFollows.GraphQL.Types;

/// <summary>A schema that cannot be built: every problem found, each with its place in the SDL where it has one.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    private static string Describe(IReadOnlyList<GraphQLError> errors) =>
        "Invalid schema:" + string.Concat(errors.Select(e => "\n- " + e.Message + At(e)));

    private static string At(GraphQLError error) =>
        error.Locations is { Count: > 0 } locations
            ? " (" + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}")) + ")"
            : string.Empty;
}
