using GraphQlFollows.Follows.Graph;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Paging;

/// <summary>Reads and checks the Relay arguments of a list field (<c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, <c>order</c>).</summary>
internal static class PageArguments
{
    /// <summary>The page asked for, with its cursors decoded to log positions.</summary>
    public static PageRequest Read(IResolverContext context)
    {
        var arguments = context.Arguments;
        var page = new PageRequest(
            First: arguments.GetValueOrDefault("first") as int?,
            After: Cursor.ToPosition(arguments.GetValueOrDefault("after") as string, "after"),
            Last: arguments.GetValueOrDefault("last") as int?,
            Before: Cursor.ToPosition(arguments.GetValueOrDefault("before") as string, "before"));
        return Checked(page);
    }

    /// <summary>The page asked for of a list ordered by address, its cursors decoded to addresses.</summary>
    public static AddressPageRequest ReadByAddress(IResolverContext context)
    {
        var arguments = context.Arguments;
        var page = new AddressPageRequest(
            First: arguments.GetValueOrDefault("first") as int?,
            After: Cursor.ToAddress(arguments.GetValueOrDefault("after") as string, "after"),
            Last: arguments.GetValueOrDefault("last") as int?,
            Before: Cursor.ToAddress(arguments.GetValueOrDefault("before") as string, "before"));
        Refuse(page.Problem());
        return page;
    }

    /// <summary>The page asked for of an address's signing keys, its cursors decoded to places in that list.</summary>
    public static SigningKeyPageRequest ReadBySigningKey(IResolverContext context)
    {
        var arguments = context.Arguments;
        var page = new SigningKeyPageRequest(
            First: arguments.GetValueOrDefault("first") as int?,
            After: Cursor.ToSigningKey(arguments.GetValueOrDefault("after") as string, "after"),
            Last: arguments.GetValueOrDefault("last") as int?,
            Before: Cursor.ToSigningKey(arguments.GetValueOrDefault("before") as string, "before"));
        Refuse(page.Problem());
        return page;
    }

    /// <summary>The follow-time order asked for; newest first unless told otherwise.</summary>
    public static FollowOrderDirection Direction(IResolverContext context) =>
        context.Arguments.GetValueOrDefault("order") is IReadOnlyDictionary<string, object?> order
        && order.GetValueOrDefault("direction") is FollowOrderDirection direction
            ? direction
            : FollowOrderDirection.Desc;

    /// <summary>The page, or the client's error when it asks too much or too little.</summary>
    public static PageRequest Checked(PageRequest page)
    {
        Refuse(page.Problem());
        return page;
    }

    private static void Refuse(string? problem)
    {
        if (problem is not null)
        {
            throw new GraphQLException(problem);
        }
    }
}
