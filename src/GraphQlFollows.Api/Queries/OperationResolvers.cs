using GraphQlFollows.Api.Binding;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Queries;

/// <summary>The <c>Operation</c> type, whose value is an <see cref="OperationProof"/> of the log.</summary>
internal static class OperationResolvers
{
    public static void Bind(SchemaBuilder builder, DocumentNode schema) =>
        builder
            .BindProperties<OperationProof>(schema, "Operation")
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
