using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>Each operation gets one root type across the schema definition and its extensions.</summary>
internal static class UniqueOperationTypesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var seen = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        foreach (var schema in document.Document.Definitions.OfType<SchemaDefinitionNode>())
        {
            foreach (var operationType in schema.OperationTypes)
            {
                if (seen.TryGetValue(operationType.Operation, out var first))
                {
                    errors.Add($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.", first, operationType);
                }
                else
                {
                    seen.Add(operationType.Operation, operationType);
                }
            }
        }
    }
}
