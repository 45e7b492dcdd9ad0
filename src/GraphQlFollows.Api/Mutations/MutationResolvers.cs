using GraphQlFollows.Api.Binding;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Mutations;

/// <summary>
/// The signed writes: each input object becomes the domain's request, and the domain's result is the response.
/// Input fields arrive already checked for type by the engine; their content (addresses, messages, signatures) is the
/// domain's to judge, which answers with a status rather than an error.
/// </summary>
internal sealed class MutationResolvers(FollowGraph graph)
{
    public void Bind(SchemaBuilder builder, DocumentNode schema)
    {
        builder
            .BindResolver("Mutation", "registerSigningKey", RegisterSigningKeyAsync)
            .BindResolver("Mutation", "revokeSigningKey", RevokeSigningKeyAsync)
            .BindResolver("Mutation", "createProfile", CreateProfileAsync)
            .BindResolver("Mutation", "follow", context => PairAsync(context, graph.FollowAsync))
            .BindResolver("Mutation", "unfollow", context => PairAsync(context, graph.UnfollowAsync))
            .BindResolver("Mutation", "batchUnfollow", context => BatchAsync(context, graph.BatchUnfollowAsync))
            .BindResolver("Mutation", "batchFollow", context => BatchAsync(context, graph.BatchFollowAsync))
            .BindResolver("Mutation", "block", context => BlockAsync(context, graph.BlockAsync))
            .BindResolver("Mutation", "unblock", context => BlockAsync(context, graph.UnblockAsync));
        BindResponses(builder, schema);
    }

    // Each response is the domain's result record; the status enums are the domain's, by the naming convention.
    private static void BindResponses(SchemaBuilder builder, DocumentNode schema)
    {
        builder
            .BindProperties<RegisterSigningKeyResult>(schema, "RegisterSigningKeyResponse")
            .BindProperties<RevokeSigningKeyResult>(schema, "RevokeSigningKeyResponse")
            .BindProperties<CreateProfileResult>(schema, "CreateProfileResponse")
            .BindProperties<FollowResult>(schema, "FollowResponse")
            .BindProperties<FollowResult>(schema, "UnFollowResponse")
            .BindProperties<FollowResult>(schema, "BlockResponse")
            .BindEnum<RegisterSigningKeyStatus>("RegisterSigningKeyResponse_Status")
            .BindEnum<RevokeSigningKeyStatus>("RevokeSigningKeyResponse_Status")
            .BindEnum<CreateProfileStatus>("CreateProfileResponse_Status")
            .BindEnum<FollowStatus>("FollowResponse_Status")
            .BindEnum<FollowStatus>("UnFollowResponse_Status")
            .BindEnum<FollowStatus>("BatchUnfollowResponse_Status")
            .BindEnum<FollowStatus>("BatchFollowResponse_Status")
            .BindEnum<FollowStatus>("BlockResponse_Status");
        foreach (var (response, result) in (ReadOnlySpan<(string, string)>)[("BatchUnfollowResponse", "BatchUnfollowResult"), ("BatchFollowResponse", "BatchFollowResult")])
        {
            builder
                .BindProperties<BatchResult>(schema, response)
                .BindResolver(response, "results", c => new ValueTask<object?>(((BatchResult)c.Parent!).Handles))
                .BindProperties<HandleStatus>(schema, result);
        }
    }

    private async ValueTask<object?> RegisterSigningKeyAsync(IResolverContext context)
    {
        var input = Input(context);
        return await graph.RegisterSigningKeyAsync(new(
            Text(input, "address"), Text(input, "message"), Text(input, "signature")), context.CancellationToken);
    }

    private async ValueTask<object?> RevokeSigningKeyAsync(IResolverContext context)
    {
        var input = Input(context);
        return await graph.RevokeSigningKeyAsync(new(
            Text(input, "address"), Text(input, "signingKey"), Text(input, "message"), Text(input, "signature")), context.CancellationToken);
    }

    private async ValueTask<object?> CreateProfileAsync(IResolverContext context)
    {
        var input = Input(context);
        return await graph.CreateProfileAsync(new(
            Text(input, "address"), Text(input, "handle"), Text(input, "message"), Text(input, "signature")), context.CancellationToken);
    }

    private static async ValueTask<object?> PairAsync(
        IResolverContext context, Func<FollowRequest, CancellationToken, Task<FollowResult>> decide)
    {
        var input = Input(context);
        return await decide(new FollowRequest(
            Text(input, "address"), Text(input, "handle"), Text(input, "message"), Text(input, "signature"), Text(input, "signingKey")),
            context.CancellationToken);
    }

    private static async ValueTask<object?> BatchAsync(
        IResolverContext context, Func<BatchRequest, CancellationToken, Task<BatchResult>> decide)
    {
        var input = Input(context);
        var handles = ((IReadOnlyList<object?>)input["handles"]!).Cast<string>().ToArray();
        return await decide(new BatchRequest(
            Text(input, "address"), Text(input, "message"), Text(input, "signature"), Text(input, "signingKey"), handles),
            context.CancellationToken);
    }

    private static async ValueTask<object?> BlockAsync(
        IResolverContext context, Func<BlockRequest, CancellationToken, Task<FollowResult>> decide)
    {
        var input = Input(context);
        return await decide(new BlockRequest(
            Text(input, "address"), Text(input, "handle"), Text(input, "target"), Text(input, "message"), Text(input, "signature"),
            Text(input, "signingKey")),
            context.CancellationToken);
    }

    private static IReadOnlyDictionary<string, object?> Input(IResolverContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;

    // An AddressEVM field arrives parsed; the domain takes every field as the text it checks.
    private static string? Text(IReadOnlyDictionary<string, object?> input, string name) => input.GetValueOrDefault(name) switch
    {
        EvmAddress address => address.Value,
        var value => (string?)value,
    };
}
