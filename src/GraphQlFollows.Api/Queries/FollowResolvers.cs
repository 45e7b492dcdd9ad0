using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Queries;

/// <summary>
/// A follow edge (<see cref="FollowEdge"/>) and what proves it: the operation that made it (<see cref="OperationProof"/>)
/// with the wallet's authorisation of the signing key, a block in force (<see cref="BlockEdge"/>) and its proof, and
/// the signing keys of an address.
/// </summary>
internal sealed class FollowResolvers(GraphLoaders loaders)
{
    public void Bind(SchemaBuilder builder, DocumentNode schema) =>
        builder
            .BindProperties<FollowEdge>(schema, "Follow")
            .BindResolver("Follow", "profile", c => FieldValues.Resolved(loaders.ProfileAsync(c, ((FollowEdge)c.Parent!).Handle)))
            .BindResolver("Follow", "proof", c => FieldValues.Resolved(loaders.OperationAsync(c, ((FollowEdge)c.Parent!).Operation)))
            .BindProperties<BlockEdge>(schema, "Block")
            .BindResolver("Block", "proof", c => FieldValues.Resolved(loaders.OperationAsync(c, ((BlockEdge)c.Parent!).Operation)))
            .BindProperties<OperationProof>(schema, "Proof")
            .BindProperties<SigningKeyAuth>(schema, "SigningKeyAuth")
            .BindProperties<SigningKeyInfo>(schema, "SigningKey")
            .BindResolver("SigningKey", "authorization", c => new ValueTask<object?>(AuthorizationOf((SigningKeyInfo)c.Parent!)));

    private static SigningKeyAuth AuthorizationOf(SigningKeyInfo key) => new(key.Address, key.AuthMessage, key.AuthSignature);
}
