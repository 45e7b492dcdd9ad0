using System.Globalization;
using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Nodes;

/// <summary>
/// Global object identification: the <c>id</c> of every <c>Node</c> type, <c>node(id:)</c> and <c>nodes(ids:)</c>,
/// which look each id's object up through the request's DataLoaders (one statement per kind of object), and the
/// edges that lead to objects (<c>Follow.follower</c>, <c>Block.target</c>).
/// </summary>
internal sealed class NodeResolvers(GraphLoaders loaders, NodeLoaders nodes)
{
    /// <summary>The most ids <c>nodes</c> takes at once.</summary>
    public const int MaxIds = 100;

    public void Bind(SchemaBuilder builder) =>
        builder
            .BindResolver("Query", "node", c => new ValueTask<object?>(LoadAsync(c, (string)c.Arguments["id"]!)))
            .BindResolver("Query", "nodes", NodesAsync)
            .BindTypeResolver("Node", TypeOf)
            .BindResolver("Profile", "id", c => Id(NodeId.Profile(((ProfileInfo)c.Parent!).Handle)))
            .BindResolver("Address", "id", c => Id(NodeId.Address((EvmAddress)c.Parent!)))
            .BindResolver("Follow", "id", c => Id(NodeId.Follow((FollowEdge)c.Parent!)))
            .BindResolver("Follow", "follower", c => new ValueTask<object?>(((FollowEdge)c.Parent!).Address))
            .BindResolver("Block", "id", c => Id(NodeId.Block((BlockEdge)c.Parent!)))
            .BindResolver("Block", "target", c => new ValueTask<object?>(((BlockEdge)c.Parent!).Address))
            .BindResolver("SigningKey", "id", c => Id(NodeId.SigningKey(((SigningKeyInfo)c.Parent!).Key)))
            .BindResolver("Operation", "id", c => Id(NodeId.Operation(((OperationProof)c.Parent!).Id)));

    private static ValueTask<object?> Id(string id) => new(id);

    // Each kind of object is one .NET type, so the value tells its GraphQL type (a Proof is an OperationProof too,
    // but no Node field returns one).
    private static string? TypeOf(object value, IResolverContext context) => value switch
    {
        ProfileInfo => "Profile",
        EvmAddress => "Address",
        FollowEdge => "Follow",
        BlockEdge => "Block",
        SigningKeyInfo => "SigningKey",
        OperationProof => "Operation",
        _ => null,
    };

    private async ValueTask<object?> NodesAsync(IResolverContext context)
    {
        var ids = (IReadOnlyList<object?>)context.Arguments["ids"]!;
        if (ids.Count > MaxIds)
        {
            throw new GraphQLException($"nodes takes at most {MaxIds} ids; {ids.Count} were given.");
        }
        // Every load is asked before any is awaited, so that each kind of object goes out in one batch.
        var loads = new Task<object?>[ids.Count];
        for (var i = 0; i < loads.Length; i++)
        {
            loads[i] = LoadAsync(context, (string)ids[i]!);
        }
        return await Task.WhenAll(loads);
    }

    /// <summary>The object the id names, or null (never an error) when it names none.</summary>
    private Task<object?> LoadAsync(IResolverContext context, string id) => NodeId.Decode(id) switch
    {
        ("Profile", var handle) when Handles.IsValid(handle) => Boxed(loaders.ProfileAsync(context, handle)),
        ("Address", var address) when EvmAddress.TryParse(address, out var parsed) => Task.FromResult<object?>(parsed),
        ("Follow", var pair) when NodeId.ToPair(pair) is { } key => Boxed(nodes.FollowAsync(context, key)),
        ("Block", var pair) when NodeId.ToPair(pair) is { } key => Boxed(nodes.BlockAsync(context, key)),
        ("SigningKey", var key) => Boxed(nodes.SigningKeyAsync(context, key)),
        ("Operation", var operation) when long.TryParse(operation, NumberStyles.None, CultureInfo.InvariantCulture, out var at) =>
            Boxed(loaders.OperationAsync(context, at)),
        _ => Task.FromResult<object?>(null),
    };

    private static async Task<object?> Boxed<T>(Task<T> load) => await load;
}
