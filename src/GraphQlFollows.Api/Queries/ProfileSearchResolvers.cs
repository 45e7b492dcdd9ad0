using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Paging;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Queries;

/// <summary><c>profiles(where, order, first, after, last, before)</c>: finding profiles, through <see cref="ProfileSearch"/>.</summary>
internal sealed class ProfileSearchResolvers(ProfileSearch search)
{
    public void Bind(SchemaBuilder builder, DocumentNode schema)
    {
        builder
            .BindResolver("Query", "profiles", ProfilesAsync)
            .BindEnum<SortDirection>("SortEnumType");
        Connection.Bind(builder, schema, "ProfileConnection", "ProfileEdge");
    }

    private async ValueTask<object?> ProfilesAsync(IResolverContext context)
    {
        var arguments = context.Arguments;
        var condition = ProfileFilters.Condition(arguments.GetValueOrDefault("where"));
        var order = ProfileFilters.Order(arguments.GetValueOrDefault("order"));
        var request = new ProfilePageRequest(
            First: arguments.GetValueOrDefault("first") as int?,
            After: ProfileCursors.Read(arguments.GetValueOrDefault("after") as string, "after", order),
            Last: arguments.GetValueOrDefault("last") as int?,
            Before: ProfileCursors.Read(arguments.GetValueOrDefault("before") as string, "before", order));
        if (request.Problem() is { } problem)
        {
            throw new GraphQLException(problem);
        }
        var page = await search.PageAsync(condition, order, request);
        return Connection.Of(page.Profiles, profile => ProfileCursors.Of(profile, order), page.HasPreviousPage, page.HasNextPage,
            _ => FieldValues.Resolved(search.CountAsync(condition)));
    }
}
