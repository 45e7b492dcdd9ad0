using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>A document defines the schema at most once (extensions aside).</summary>
internal static class LoneSchemaDefinitionRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        foreach (var extra in document.Document.Definitions.OfType<SchemaDefinitionNode>().Where(s => !s.IsExtension).Skip(1))
        {
            errors.Add("Must provide only one schema definition.", extra);
        }
    }
}
