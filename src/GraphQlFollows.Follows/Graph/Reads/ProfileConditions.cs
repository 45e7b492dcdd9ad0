using System.Linq.Expressions;
using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// <see cref="ProfileCondition"/>s and keyset places as predicates over <c>profiles</c> that EF Core translates to
/// SQL. Every value is a parameter (a captured field, not a constant), so that one plan serves every value; a
/// prefix is a range of handles, which the primary key serves as it serves equality.
/// </summary>
internal static class ProfileConditions
{
    private static readonly ParameterExpression Profile = Expression.Parameter(typeof(ProfileRecord), "p");
    private static readonly Expression Handle = Expression.Property(Profile, nameof(ProfileRecord.Handle));
    private static readonly Expression Owner = Expression.Property(Profile, nameof(ProfileRecord.Owner));
    private static readonly Expression FollowerCount = Expression.Property(Profile, nameof(ProfileRecord.FollowerCount));

    // The characters of handles (a-z, 0-9, _): a prefix with any other cannot start one.
    private const string HandleCharacters = "abcdefghijklmnopqrstuvwxyz0123456789_";

    public static Expression<Func<ProfileRecord, bool>> Where(ProfileCondition condition) =>
        Expression.Lambda<Func<ProfileRecord, bool>>(Translate(condition), Profile);

    /// <summary>
    /// The profiles past <paramref name="cursor"/> in <paramref name="order"/> (the cursor's own profile too when
    /// <paramref name="inclusive"/>). With a follower count, the count's range comes first, alone, so that the
    /// database starts its index scan at the cursor rather than at the list's start.
    /// </summary>
    public static Expression<Func<ProfileRecord, bool>> Past(ProfileCursor cursor, ProfileOrder order, bool inclusive)
    {
        var handle = Compare(Handle, order.Handle == SortDirection.Asc
            ? (inclusive ? ExpressionType.GreaterThanOrEqual : ExpressionType.GreaterThan)
            : (inclusive ? ExpressionType.LessThanOrEqual : ExpressionType.LessThan), cursor.Handle);
        if (order.FollowerCount is not { } direction)
        {
            return Expression.Lambda<Func<ProfileRecord, bool>>(handle, Profile);
        }
        var count = cursor.FollowerCount ?? throw new ArgumentException("The cursor has no follower count for an order by follower count.", nameof(cursor));
        var ascending = direction == SortDirection.Asc;
        var range = Compare(FollowerCount, ascending ? ExpressionType.GreaterThanOrEqual : ExpressionType.LessThanOrEqual, count);
        var beyond = Compare(FollowerCount, ascending ? ExpressionType.GreaterThan : ExpressionType.LessThan, count);
        return Expression.Lambda<Func<ProfileRecord, bool>>(
            Expression.AndAlso(range, Expression.OrElse(beyond, handle)), Profile);
    }

    private static Expression Translate(ProfileCondition condition) => condition switch
    {
        ProfileCondition.AllOf all => Combine(all.Conditions, Expression.AndAlso, true),
        ProfileCondition.AnyOf any => Combine(any.Conditions, Expression.OrElse, false),
        ProfileCondition.HandleIs { Handle: var handle } => Compare(Handle, ExpressionType.Equal, handle),
        ProfileCondition.HandleStartsWith { Prefix: var prefix } => StartsWith(prefix),
        ProfileCondition.OwnerIs { Owner: var owner } => Compare(Owner, ExpressionType.Equal, owner.Value),
        ProfileCondition.FollowerCountIs { Comparison: var comparison, Value: var value } => Compare(FollowerCount, comparison switch
        {
            CountComparison.Equal => ExpressionType.Equal,
            CountComparison.Greater => ExpressionType.GreaterThan,
            CountComparison.GreaterOrEqual => ExpressionType.GreaterThanOrEqual,
            CountComparison.Less => ExpressionType.LessThan,
            _ => ExpressionType.LessThanOrEqual,
        }, value),
        _ => throw new ArgumentException($"Unknown profile condition {condition.GetType().Name}.", nameof(condition)),
    };

    private static Expression Combine(
        IReadOnlyList<ProfileCondition> conditions, Func<Expression, Expression, BinaryExpression> combine, bool whenEmpty) =>
        conditions.Count == 0
            ? Expression.Constant(whenEmpty)
            : conditions.Select(Translate).Aggregate((left, right) => combine(left, right));

    // handle >= prefix AND handle < prefix with its last character the next one: "al" is ["al", "am").
    private static Expression StartsWith(string prefix)
    {
        if (prefix.Length == 0)
        {
            return Expression.Constant(true);
        }
        if (prefix.AsSpan().IndexOfAnyExcept(HandleCharacters) >= 0)
        {
            return Expression.Constant(false);
        }
        var end = string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]);
        return Expression.AndAlso(
            Compare(Handle, ExpressionType.GreaterThanOrEqual, prefix),
            Compare(Handle, ExpressionType.LessThan, end));
    }

    private static Expression Compare(Expression column, ExpressionType comparison, long value) =>
        Expression.MakeBinary(comparison, column, Parameter(value));

    // Strings compare through string.Compare, which EF Core translates to the column's own comparison operators.
    private static Expression Compare(Expression column, ExpressionType comparison, string value)
    {
        if (comparison == ExpressionType.Equal)
        {
            return Expression.Equal(column, Parameter(value));
        }
        var compared = Expression.Call(typeof(string), nameof(string.Compare), null, column, Parameter(value));
        return Expression.MakeBinary(comparison, compared, Expression.Constant(0));
    }

    private static Expression Parameter<T>(T value)
    {
        Expression<Func<T>> captured = () => value;
        return captured.Body;
    }
}
