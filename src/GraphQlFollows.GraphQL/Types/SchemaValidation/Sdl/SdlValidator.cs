using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>
/// The checks an SDL document must pass before a schema can be built from it (the reference's SDL rules): names
/// unique where they must be, every type, directive and argument known, directives used where they may be.
/// </summary>
internal static class SdlValidator
{
    private static readonly Action<SdlDocument, SchemaErrors>[] Rules =
    [
        LoneSchemaDefinitionRule.Validate,
        UniqueOperationTypesRule.Validate,
        UniqueTypeNamesRule.Validate,
        UniqueEnumValueNamesRule.Validate,
        UniqueFieldDefinitionNamesRule.Validate,
        UniqueArgumentDefinitionNamesRule.Validate,
        UniqueDirectiveNamesRule.Validate,
        KnownTypeNamesRule.Validate,
        KnownDirectivesRule.Validate,
        UniqueDirectivesPerLocationRule.Validate,
        PossibleTypeExtensionsRule.Validate,
        KnownArgumentNamesOnDirectivesRule.Validate,
        UniqueArgumentNamesRule.Validate,
        UniqueInputFieldNamesRule.Validate,
        ProvidedRequiredArgumentsOnDirectivesRule.Validate,
    ];

    public static void Validate(DocumentNode document, SchemaErrors errors)
    {
        var sdl = new SdlDocument(document);
        foreach (var rule in Rules)
        {
            rule(sdl, errors);
        }
    }
}
