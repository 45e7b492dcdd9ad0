using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Paging;

/// <summary>Reads and checks the Relay arguments of a list field (<c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, <c>order</c>).</summary>
internal static class PageArguments
{
    /// <summary>The page asked for, with its cursors decoded to log positions.</summary>
    public static PageRequest Read(IResolverContext context) =>
        Read(context, Cursor.ToPosition, (first, after, last, before) => new PageRequest(first, after, last, before), page => page.Problem());

    /// <summary>The page asked for of a list ordered by address, its cursors decoded to addresses.</summary>
    public static AddressPageRequest ReadByAddress(IResolverContext context) =>
        Read(context, Cursor.ToAddress, (first, after, last, before) => new AddressPageRequest(first, after, last, before), page => page.Problem());

    /// <summary>The page asked for of an address's signing keys, its cursors decoded to places in that list.</summary>
    public static SigningKeyPageRequest ReadBySigningKey(IResolverContext context) =>
        Read(context, Cursor.ToSigningKey, (first, after, last, before) => new SigningKeyPageRequest(first, after, last, before),
            page => page.Problem());

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

    /// <summary>The four arguments as a page request, its cursors decoded by <paramref name="decode"/>, or the client's error.</summary>
    private static TPage Read<TCursor, TPage>(
        IResolverContext context,
        Func<string?, string, TCursor?> decode,
        Func<int?, TCursor?, int?, TCursor?, TPage> create,
        Func<TPage, string?> problem)
        where TCursor : struct
    {
        var arguments = context.Arguments;
        var page = create(
            arguments.GetValueOrDefault("first") as int?,
            decode(arguments.GetValueOrDefault("after") as string, "after"),
            arguments.GetValueOrDefault("last") as int?,
            decode(arguments.GetValueOrDefault("before") as string, "before"));
        Refuse(problem(page));
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
