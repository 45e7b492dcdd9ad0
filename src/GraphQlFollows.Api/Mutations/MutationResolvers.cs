using GraphQlFollows.Api.Binding;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

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

    private static void BindResponses(SchemaBuilder builder, DocumentNode schema)
    {
        builder
            .BindField<RegisterSigningKeyResult>("RegisterSigningKeyResponse", "status", r => r.Status)
            .BindField<RevokeSigningKeyResult>("RevokeSigningKeyResponse", "status", r => r.Status)
            .BindField<RevokeSigningKeyResult>("RevokeSigningKeyResponse", "tsInServer", r => r.TsInServer)
            .BindField<CreateProfileResult>("CreateProfileResponse", "status", r => r.Status)
            .BindField<CreateProfileResult>("CreateProfileResponse", "tsInServer", r => r.TsInServer)
            .BindEnumByName<RegisterSigningKeyStatus>(schema, "RegisterSigningKeyResponse_Status")
            .BindEnumByName<RevokeSigningKeyStatus>(schema, "RevokeSigningKeyResponse_Status")
            .BindEnumByName<CreateProfileStatus>(schema, "CreateProfileResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "FollowResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "UnFollowResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "BatchUnfollowResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "BatchFollowResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "BlockResponse_Status");
        foreach (var type in (ReadOnlySpan<string>)["FollowResponse", "UnFollowResponse", "BlockResponse"])
        {
            builder
                .BindField<FollowResult>(type, "status", r => r.Status)
                .BindField<FollowResult>(type, "tsInServer", r => r.TsInServer);
        }
        foreach (var (response, result) in (ReadOnlySpan<(string, string)>)[("BatchUnfollowResponse", "BatchUnfollowResult"), ("BatchFollowResponse", "BatchFollowResult")])
        {
            builder
                .BindField<BatchResult>(response, "status", r => r.Status)
                .BindField<BatchResult>(response, "results", r => r.Handles)
                .BindField<BatchResult>(response, "tsInServer", r => r.TsInServer)
                .BindField<HandleStatus>(result, "handle", r => r.Handle)
                .BindField<HandleStatus>(result, "status", r => r.Status);
        }
    }

    private async ValueTask<object?> RegisterSigningKeyAsync(IResolverContext context)
    {
        var input = Input(context);
        return await graph.RegisterSigningKeyAsync(new(
            Text(input, "address"), Text(input, "message"), Text(input, "signature")));
    }

    private async ValueTask<object?> RevokeSigningKeyAsync(IResolverContext context)
    {
        var input = Input(context);
        return await graph.RevokeSigningKeyAsync(new(
            Text(input, "address"), Text(input, "signingKey"), Text(input, "message"), Text(input, "signature")));
    }

    private async ValueTask<object?> CreateProfileAsync(IResolverContext context)
    {
        var input = Input(context);
        return await graph.CreateProfileAsync(new(
            Text(input, "address"), Text(input, "handle"), Text(input, "message"), Text(input, "signature")));
    }

    private static async ValueTask<object?> PairAsync(IResolverContext context, Func<FollowRequest, Task<FollowResult>> decide)
    {
        var input = Input(context);
        return await decide(new FollowRequest(
            Text(input, "address"), Text(input, "handle"), Text(input, "message"), Text(input, "signature"), Text(input, "signingKey")));
    }

    private static async ValueTask<object?> BatchAsync(IResolverContext context, Func<BatchRequest, Task<BatchResult>> decide)
    {
        var input = Input(context);
        var handles = ((IReadOnlyList<object?>)input["handles"]!).Cast<string>().ToArray();
        return await decide(new BatchRequest(
            Text(input, "address"), Text(input, "message"), Text(input, "signature"), Text(input, "signingKey"), handles));
    }

    private static async ValueTask<object?> BlockAsync(IResolverContext context, Func<BlockRequest, Task<FollowResult>> decide)
    {
        var input = Input(context);
        return await decide(new BlockRequest(
            Text(input, "address"), Text(input, "handle"), Text(input, "target"), Text(input, "message"), Text(input, "signature"),
            Text(input, "signingKey")));
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
