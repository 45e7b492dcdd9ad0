using GraphQlFollows.Api.Binding;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Queries;

/// <summary>The <c>Operation</c> type, whose value is an <see cref="OperationProof"/> of the log.</summary>
internal static class OperationResolvers
{
    public static void Bind(SchemaBuilder builder) =>
        builder
            .BindField<OperationProof>("Operation", "position", o => o.Position)
            .BindField<OperationProof>("Operation", "kind", o => o.Kind)
            .BindField<OperationProof>("Operation", "address", o => o.Address)
            .BindField<OperationProof>("Operation", "handles", o => o.Handles)
            .BindField<OperationProof>("Operation", "content", o => o.Content)
            .BindField<OperationProof>("Operation", "ts", o => o.Ts)
            .BindField<OperationProof>("Operation", "signature", o => o.Signature)
            .BindField<OperationProof>("Operation", "signingKey", o => o.SigningKey)
            .BindField<OperationProof>("Operation", "signingKeyAuth", o => o.SigningKeyAuth)
            .BindField<OperationProof>("Operation", "digest", o => o.Digest)
            .BindField<OperationProof>("Operation", "previousDigest", o => o.PreviousDigest)
            .BindField<OperationProof>("Operation", "acceptedAt", o => o.AcceptedAt)
            // The log names kinds as the messages' "op"; the schema names them as enum values.
            .BindEnumValue("OperationKind", "REGISTER_SIGNING_KEY", OperationKinds.RegisterSigningKey)
            .BindEnumValue("OperationKind", "REVOKE_SIGNING_KEY", OperationKinds.RevokeSigningKey)
            .BindEnumValue("OperationKind", "CREATE_PROFILE", OperationKinds.CreateProfile)
            .BindEnumValue("OperationKind", "FOLLOW", OperationKinds.Follow)
            .BindEnumValue("OperationKind", "UNFOLLOW", OperationKinds.Unfollow)
            .BindEnumValue("OperationKind", "BATCH_UNFOLLOW", OperationKinds.BatchUnfollow)
            .BindEnumValue("OperationKind", "BATCH_FOLLOW", OperationKinds.BatchFollow)
            .BindEnumValue("OperationKind", "BLOCK", OperationKinds.Block)
            .BindEnumValue("OperationKind", "UNBLOCK", OperationKinds.Unblock);
}
