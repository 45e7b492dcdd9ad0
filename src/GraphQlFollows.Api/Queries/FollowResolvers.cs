using GraphQlFollows.Api.Binding;
using GraphQlFollows.Api.Loading;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Queries;

/// <summary>
/// A follow edge (<see cref="FollowEdge"/>) and what proves it: the operation that made it (<see cref="OperationProof"/>)
/// with the wallet's authorisation of the signing key, a block in force (<see cref="BlockEdge"/>) and its proof, and
/// the signing keys of an address.
/// </summary>
internal sealed class FollowResolvers(GraphLoaders loaders)
{
    public void Bind(SchemaBuilder builder) =>
        builder
            .BindField<FollowEdge>("Follow", "address", f => f.Address)
            .BindField<FollowEdge>("Follow", "handle", f => f.Handle)
            .BindResolver("Follow", "profile", c => BindingExtensions.Resolved(loaders.ProfileAsync(c, ((FollowEdge)c.Parent!).Handle)))
            .BindField<FollowEdge>("Follow", "followedAt", f => f.FollowedAt)
            .BindResolver("Follow", "proof", c => BindingExtensions.Resolved(loaders.OperationAsync(c, ((FollowEdge)c.Parent!).Position)))
            .BindField<BlockEdge>("Block", "address", b => b.Address)
            .BindField<BlockEdge>("Block", "handle", b => b.Handle)
            .BindField<BlockEdge>("Block", "blockedAt", b => b.BlockedAt)
            .BindResolver("Block", "proof", c => BindingExtensions.Resolved(loaders.OperationAsync(c, ((BlockEdge)c.Parent!).Position)))
            .BindField<OperationProof>("Proof", "content", p => p.Content)
            .BindField<OperationProof>("Proof", "digest", p => p.Digest)
            .BindField<OperationProof>("Proof", "signature", p => p.Signature)
            .BindField<OperationProof>("Proof", "signingKey", p => p.SigningKey)
            .BindField<OperationProof>("Proof", "signingKeyAuth", p => p.SigningKeyAuth)
            .BindField<SigningKeyAuth>("SigningKeyAuth", "address", a => a.Address)
            .BindField<SigningKeyAuth>("SigningKeyAuth", "message", a => a.Message)
            .BindField<SigningKeyAuth>("SigningKeyAuth", "signature", a => a.Signature)
            .BindField<SigningKeyInfo>("SigningKey", "key", k => k.Key)
            .BindField<SigningKeyInfo>("SigningKey", "authorization", k => new SigningKeyAuth(k.Address, k.AuthMessage, k.AuthSignature))
            .BindField<SigningKeyInfo>("SigningKey", "registeredAt", k => k.RegisteredAt)
            .BindField<SigningKeyInfo>("SigningKey", "revokedAt", k => k.RevokedAt);
}
