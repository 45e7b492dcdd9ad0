using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>The <c>locations</c> of an error from the nodes it concerns.</summary>
public static class ErrorLocations
{
    public static IReadOnlyList<SourceLocation>? Of(Node node) =>
        node.Location is { } location ? [new SourceLocation(location.Line, location.Column)] : null;

    public static IReadOnlyList<SourceLocation>? Of(IReadOnlyList<Node> nodes)
    {
        if (nodes.Count == 1)
        {
            return Of(nodes[0]);
        }

        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations.Count == 0 ? null : locations;
    }
}
