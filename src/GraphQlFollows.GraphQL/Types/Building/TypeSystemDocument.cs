using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>The type-system definitions of an SDL document, grouped the way building needs them.</summary>
internal sealed class TypeSystemDocument
{
    private static readonly IReadOnlyList<TypeDefinitionNode> NoExtensions = [];

    private readonly Dictionary<string, List<TypeDefinitionNode>> _extensions = new(StringComparer.Ordinal);

    public TypeSystemDocument(DocumentNode document)
    {
        Document = document;
        foreach (var definition in document.Definitions)
        {
            Add(definition);
        }
    }

    public DocumentNode Document { get; }

    /// <summary>The first schema definition (validation reports any other).</summary>
    public SchemaDefinitionNode? SchemaDefinition { get; private set; }

    public List<SchemaDefinitionNode> SchemaExtensions { get; } = [];

    public List<DirectiveDefinitionNode> DirectiveDefinitions { get; } = [];

    /// <summary>Type definitions in document order.</summary>
    public List<TypeDefinitionNode> TypeDefinitions { get; } = [];

    /// <summary>Extensions of the named type, in document order.</summary>
    public IReadOnlyList<TypeDefinitionNode> ExtensionsOf(string typeName) =>
        _extensions.TryGetValue(typeName, out var list) ? list.AsReadOnly() : NoExtensions;

    private void Add(DefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode { IsExtension: true } extension:
                SchemaExtensions.Add(extension);
                break;
            case SchemaDefinitionNode schema:
                SchemaDefinition ??= schema;
                break;
            case DirectiveDefinitionNode directive:
                DirectiveDefinitions.Add(directive);
                break;
            case TypeDefinitionNode { IsExtension: true } extension:
                if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                {
                    list = [];
                    _extensions.Add(extension.Name.Value, list);
                }

                list.Add(extension);
                break;
            case TypeDefinitionNode type:
                TypeDefinitions.Add(type);
                break;
        }
    }
}
