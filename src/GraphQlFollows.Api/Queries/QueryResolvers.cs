using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Api.Paging;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Queries;

/// <summary>The root query fields and, through the type resolvers they bring in, every type reachable from them.</summary>
internal sealed class QueryResolvers(FollowQueries queries, GraphLoaders loaders)
{
    /// <summary>The most addresses <c>batchGetAddresses</c> takes at once.</summary>
    public const int MaxBatchAddresses = 100;

    // The schema's default for operations(first:), also used when first is given as null.
    private const int DefaultOperationsPageSize = 50;

    private static readonly Func<OperationProof, string> OperationCursor = operation => Cursor.FromPosition(operation.Position);

    public void Bind(SchemaBuilder builder, DocumentNode schema)
    {
        builder
            .BindResolver("Query", "address", c => new ValueTask<object?>(c.Arguments["address"]))
            .BindResolver("Query", "profileByHandle", c => FieldValues.Resolved(loaders.ProfileAsync(c, (string)c.Arguments["handle"]!)))
            .BindResolver("Query", "batchGetAddresses", BatchGetAddresses)
            .BindResolver("Query", "operations", OperationsAsync)
            .BindEnum<FollowOrderDirection>("OrderDirection");
        Connection.BindPageInfo(builder, schema);
        Connection.Bind(builder, schema, "FollowConnection", "FollowEdge");
        Connection.Bind(builder, schema, "BlockConnection", "BlockEdge");
        Connection.Bind(builder, schema, "AddressConnection", "AddressEdge");
        Connection.Bind(builder, schema, "OperationConnection", "OperationEdge");
        Connection.Bind(builder, schema, "SigningKeyConnection", "SigningKeyEdge");
        new AddressResolvers(queries, loaders).Bind(builder);
        new ProfileResolvers(queries, loaders).Bind(builder, schema);
        new FollowResolvers(loaders).Bind(builder, schema);
        OperationResolvers.Bind(builder, schema);
    }

    private static ValueTask<object?> BatchGetAddresses(IResolverContext context)
    {
        var addresses = (IReadOnlyList<object?>)context.Arguments["addresses"]!;
        return addresses.Count <= MaxBatchAddresses
            ? new ValueTask<object?>(addresses)
            : throw new GraphQLException($"batchGetAddresses takes at most {MaxBatchAddresses} addresses; {addresses.Count} were given.");
    }

    private async ValueTask<object?> OperationsAsync(IResolverContext context)
    {
        var arguments = context.Arguments;
        var first = PageArguments.Checked(new PageRequest(First: arguments.GetValueOrDefault("first") as int?)).First
            ?? DefaultOperationsPageSize;
        var after = Cursor.ToPosition(arguments.GetValueOrDefault("after") as string, "after");
        var page = await queries.GetOperationsAsync(first, after);
        // Positions run from 1 without gaps: any position before the cursor holds an operation.
        return Connection.Of(page.Operations, OperationCursor, after > 0, page.HasNextPage,
            _ => FieldValues.Resolved(queries.CountOperationsAsync()));
    }
}
