using GraphQlFollows.Api.Binding;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Paging;

/// <summary>One item of a connection with its cursor.</summary>
internal sealed record Edge(string Cursor, object Node);

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// A Relay connection: a page of edges, where it lies, and the list's total, which is read only when selected.
/// </summary>
internal sealed record Connection(IReadOnlyList<Edge> Edges, PageInfo PageInfo, FieldResolver TotalCount)
{
    public static Connection Of<T>(
        IReadOnlyList<T> items, Func<T, string> cursor, bool hasPreviousPage, bool hasNextPage, FieldResolver totalCount)
        where T : notnull
    {
        var edges = new Edge[items.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge(cursor(items[i]), items[i]);
        }
        var pageInfo = new PageInfo(hasNextPage, hasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, totalCount);
    }

    /// <summary>Binds a connection type of the schema and its edge type.</summary>
    public static void Bind(SchemaBuilder builder, DocumentNode schema, string connectionType, string edgeType) =>
        builder
            .BindProperties<Connection>(schema, connectionType)
            .BindResolver(connectionType, "totalCount", context => ((Connection)context.Parent!).TotalCount(context))
            .BindProperties<Edge>(schema, edgeType);

    public static void BindPageInfo(SchemaBuilder builder, DocumentNode schema) =>
        builder.BindProperties<PageInfo>(schema, "PageInfo");
}
