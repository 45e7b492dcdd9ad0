using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>The problems found in a schema, gathered so that all of them are reported at once.</summary>
internal sealed class SchemaErrors
{
    private readonly List<GraphQLError> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<GraphQLError> All => _errors;

    /// <summary>Records a problem located at the given nodes (nodes built by code, without a location, are skipped).</summary>
    public void Add(string message, params IEnumerable<Node?> nodes)
    {
        var locations = nodes
            .Where(n => n?.Location is not null)
            .Select(n => new SourceLocation(n!.Location!.Value.Line, n.Location.Value.Column))
            .ToList();
        _errors.Add(new GraphQLError(message, locations.Count > 0 ? locations : null));
    }

    public void Add(GraphQLError error) => _errors.Add(error);
}
