using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL;

namespace GraphQlFollows.Api.Queries;

/// <summary>
/// The <c>where</c> and <c>order</c> arguments of <c>profiles</c> (HotChocolate.Data's conventions) as the domain's
/// <see cref="ProfileCondition"/> and <see cref="ProfileOrder"/>. Bounded, so that no filter costs the database more
/// than a few index lookups: at most <see cref="MaxComparisons"/> comparisons, nested at most <see cref="MaxNesting"/> deep.
/// </summary>
internal static class ProfileFilters
{
    public const int MaxComparisons = 20;
    public const int MaxNesting = 4;

    public static ProfileCondition Condition(object? where)
    {
        var comparisons = 0;
        return where is IReadOnlyDictionary<string, object?> filter ? Filter(filter, "where", 0, ref comparisons) : ProfileCondition.Any;
    }

    public static ProfileOrder Order(object? order)
    {
        if (order is not IReadOnlyList<object?> { Count: > 0 } keys)
        {
            return ProfileOrder.ByHandle;
        }
        SortDirection? followerCount = null;
        foreach (var key in keys)
        {
            var (name, direction) = ((IReadOnlyDictionary<string, object?>)key!).Single();
            if (name == "handle")
            {
                // Handles are unique: nothing after the handle changes the order.
                return new ProfileOrder(followerCount, (SortDirection)direction!);
            }
            if (followerCount is not null)
            {
                throw new GraphQLException("order names followerCount more than once.");
            }
            followerCount = (SortDirection)direction!;
        }
        return new ProfileOrder(followerCount);
    }

    private static ProfileCondition Filter(IReadOnlyDictionary<string, object?> filter, string path, int depth, ref int comparisons)
    {
        if (depth > MaxNesting)
        {
            throw new GraphQLException($"{path}: and and or nest at most {MaxNesting} deep.");
        }
        var conditions = new List<ProfileCondition>();
        foreach (var (field, value) in filter)
        {
            if (value is null)
            {
                continue;
            }
            var at = $"{path}.{field}";
            switch (field)
            {
                case "and":
                    conditions.Add(new ProfileCondition.AllOf(Nested(value, at, depth, ref comparisons)));
                    break;
                case "or":
                    conditions.Add(new ProfileCondition.AnyOf(Nested(value, at, depth, ref comparisons)));
                    break;
                default:
                    foreach (var (operation, operand) in (IReadOnlyDictionary<string, object?>)value)
                    {
                        if (++comparisons > MaxComparisons)
                        {
                            throw new GraphQLException($"where compares at most {MaxComparisons} times.");
                        }
                        conditions.Add(Comparison(field, operation, operand ?? throw new GraphQLException(
                            $"{at}.{operation} is null: give a value to compare with, or leave it out.")));
                    }
                    break;
            }
        }
        return conditions.Count == 1 ? conditions[0] : new ProfileCondition.AllOf(conditions);
    }

    private static List<ProfileCondition> Nested(object list, string path, int depth, ref int comparisons)
    {
        var filters = (IReadOnlyList<object?>)list;
        var conditions = new List<ProfileCondition>(filters.Count);
        for (var i = 0; i < filters.Count; i++)
        {
            conditions.Add(Filter((IReadOnlyDictionary<string, object?>)filters[i]!, $"{path}[{i}]", depth + 1, ref comparisons));
        }
        return conditions;
    }

    private static ProfileCondition Comparison(string field, string operation, object operand) => (field, operation) switch
    {
        ("handle", "eq") => new ProfileCondition.HandleIs((string)operand),
        ("handle", _) => new ProfileCondition.HandleStartsWith((string)operand),
        ("owner", _) => new ProfileCondition.OwnerIs((EvmAddress)operand),
        (_, var comparison) => new ProfileCondition.FollowerCountIs(comparison switch
        {
            "eq" => CountComparison.Equal,
            "gt" => CountComparison.Greater,
            "gte" => CountComparison.GreaterOrEqual,
            "lt" => CountComparison.Less,
            _ => CountComparison.LessOrEqual,
        }, (int)operand),
    };
}
