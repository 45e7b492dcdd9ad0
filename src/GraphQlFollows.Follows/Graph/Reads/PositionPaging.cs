using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>The columns of a paged row that make its edge: who, which profile, since when, and the keyset position.</summary>
internal sealed record PagedRow(string Address, string Handle, long? At, long? Position);

/// <summary>
/// Keyset pagination of rows on the operation-log position that made them current (a follow's, a block's),
/// served by an index on (scope, position); rows whose position is null are not current and fall outside every
/// range. The page itself is cut as <see cref="KeysetPage"/> says.
/// </summary>
internal static class PositionPaging
{
    /// <param name="position">The row's keyset position, null when the row is not current.</param>
    /// <param name="columns">The columns of <paramref name="toEdge"/>, read in the database.</param>
    public static async Task<(List<TEdge> Edges, bool HasPreviousPage, bool HasNextPage)> PageAsync<TRow, TEdge>(
        IQueryable<TRow> scope,
        Expression<Func<TRow, long?>> position,
        Expression<Func<TRow, PagedRow>> columns,
        Func<PagedRow, TEdge> toEdge,
        PageRequest page,
        bool ascending)
        where TRow : class
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        var current = scope.AsNoTracking().Where(Compare(position, ExpressionType.NotEqual, null));
        var window = current;
        if (page.After is { } after)
        {
            window = window.Where(Compare(position, ascending ? ExpressionType.GreaterThan : ExpressionType.LessThan, after));
        }
        if (page.Before is { } before)
        {
            window = window.Where(Compare(position, ascending ? ExpressionType.LessThan : ExpressionType.GreaterThan, before));
        }
        return await KeysetPage.ReadAsync(
            page.First,
            page.Last,
            // Reading backwards walks the index the other way.
            (backwards, count) => ReadEdgesAsync(ascending != backwards ? window.OrderBy(position) : window.OrderByDescending(position), count, columns, toEdge),
            page.After is { } a ? () => AnyThroughAsync(current, position, a, ascending) : null,
            page.Before is { } b ? () => AnyThroughAsync(current, position, b, !ascending) : null);
    }

    private static async Task<List<TEdge>> ReadEdgesAsync<TRow, TEdge>(
        IQueryable<TRow> ordered, int count, Expression<Func<TRow, PagedRow>> columns, Func<PagedRow, TEdge> toEdge)
    {
        var rows = await ordered.Take(count).Select(columns).ToListAsync();
        return rows.ConvertAll(r => toEdge(r));
    }

    // Whether a row lies at or before the cursor, in the page's order.
    private static Task<bool> AnyThroughAsync<TRow>(
        IQueryable<TRow> current, Expression<Func<TRow, long?>> position, long cursor, bool ascending) =>
        current.AnyAsync(Compare(position, ascending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual, cursor));

    private static Expression<Func<TRow, bool>> Compare<TRow>(Expression<Func<TRow, long?>> position, ExpressionType comparison, long? value)
    {
        // A captured value, so that EF Core sends a cursor as a parameter and caches one plan for every page.
        Expression<Func<long?>> captured = () => value;
        Expression operand = value is null ? Expression.Constant(null, typeof(long?)) : captured.Body;
        return Expression.Lambda<Func<TRow, bool>>(Expression.MakeBinary(comparison, position.Body, operand), position.Parameters);
    }
}
