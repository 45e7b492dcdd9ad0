using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Api.Mutations;
using GraphQlFollows.Api.Queries;
using GraphQlFollows.Api.Scalars;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api;

/// <summary>
/// The GraphQL API of the follow graph: <c>schema.graphql</c> bound to <see cref="FollowGraph"/> (writes) and
/// <see cref="FollowQueries"/> (reads). Hand the schema to a <c>RequestExecutor</c>.
/// </summary>
public static class FollowsApi
{
    /// <summary>Builds the executable schema over the given graph.</summary>
    public static Schema BuildSchema(FollowGraph graph, FollowQueries queries)
    {
        var document = SchemaSource.Parse();
        var builder = new SchemaBuilder(document)
            .BindScalar(new LongType())
            .BindScalar(new AddressEvmType());
        new MutationResolvers(graph).Bind(builder, document);
        new QueryResolvers(queries, new GraphLoaders(queries)).Bind(builder, document);
        return builder.Build();
    }
}
