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
            .BindResolver("Mutation", "batchUnfollow", BatchUnfollowAsync);
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
            .BindField<FollowResult>("FollowResponse", "status", r => r.Status)
            .BindField<FollowResult>("FollowResponse", "tsInServer", r => r.TsInServer)
            .BindField<FollowResult>("UnFollowResponse", "status", r => r.Status)
            .BindField<FollowResult>("UnFollowResponse", "tsInServer", r => r.TsInServer)
            .BindField<BatchUnfollowResult>("BatchUnfollowResponse", "status", r => r.Status)
            .BindField<BatchUnfollowResult>("BatchUnfollowResponse", "results", r => r.Handles)
            .BindField<BatchUnfollowResult>("BatchUnfollowResponse", "tsInServer", r => r.TsInServer)
            .BindField<HandleStatus>("BatchUnfollowResult", "handle", r => r.Handle)
            .BindField<HandleStatus>("BatchUnfollowResult", "status", r => r.Status)
            .BindEnumByName<RegisterSigningKeyStatus>(schema, "RegisterSigningKeyResponse_Status")
            .BindEnumByName<RevokeSigningKeyStatus>(schema, "RevokeSigningKeyResponse_Status")
            .BindEnumByName<CreateProfileStatus>(schema, "CreateProfileResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "FollowResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "UnFollowResponse_Status")
            .BindEnumByName<FollowStatus>(schema, "BatchUnfollowResponse_Status");
    }

    private async ValueTask<object?> RegisterSigningKeyAsync(IResolverContext context)
    {
        var input = Input(context);
        return await Admitted(graph.RegisterSigningKeyAsync(new(
            Text(input, "address"), Text(input, "message"), Text(input, "signature")), context.CancellationToken));
    }

    private async ValueTask<object?> RevokeSigningKeyAsync(IResolverContext context)
    {
        var input = Input(context);
        return await Admitted(graph.RevokeSigningKeyAsync(new(
            Text(input, "address"), Text(input, "signingKey"), Text(input, "message"), Text(input, "signature")), context.CancellationToken));
    }

    private async ValueTask<object?> CreateProfileAsync(IResolverContext context)
    {
        var input = Input(context);
        return await Admitted(graph.CreateProfileAsync(new(
            Text(input, "address"), Text(input, "handle"), Text(input, "message"), Text(input, "signature")), context.CancellationToken));
    }

    private static async ValueTask<object?> PairAsync(
        IResolverContext context, Func<FollowRequest, CancellationToken, Task<FollowResult>> decide)
    {
        var input = Input(context);
        return await Admitted(decide(new FollowRequest(
            Text(input, "address"), Text(input, "handle"), Text(input, "message"), Text(input, "signature"), Text(input, "signingKey")),
            context.CancellationToken));
    }

    private async ValueTask<object?> BatchUnfollowAsync(IResolverContext context)
    {
        var input = Input(context);
        var handles = ((IReadOnlyList<object?>)input["handles"]!).Cast<string>().ToArray();
        return await Admitted(graph.BatchUnfollowAsync(new(
            Text(input, "address"), Text(input, "message"), Text(input, "signature"), Text(input, "signingKey"), handles),
            context.CancellationToken));
    }

    /// <summary>The write's result, or the error <see cref="WriteErrors.Overloaded"/> when the writer refused to queue it.</summary>
    private static async Task<object?> Admitted<TResult>(Task<TResult> write)
    {
        try
        {
            return await write;
        }
        catch (GraphOverloadedException overloaded)
        {
            throw WriteErrors.Overloaded(overloaded.RetryAfter);
        }
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
