using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>A place in a document where directives are applied.</summary>
/// <param name="Location">The directive location the place stands for.</param>
/// <param name="Directives">The directives applied there.</param>
/// <param name="GroupKey">
/// Places that share a key count as one for uniqueness: a type's definition and its extensions, or the schema's.
/// </param>
internal sealed record DirectiveSite(DirectiveLocation Location, IReadOnlyList<DirectiveNode> Directives, string? GroupKey);

/// <summary>
/// What the SDL rules look at in a document, gathered in one walk: where directives are applied, which type names are
/// referenced, which argument lists and values appear.
/// </summary>
internal sealed partial class SdlDocument
{
    public SdlDocument(DocumentNode document)
    {
        Document = document;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeSystemDefinitionNode typeSystem:
                    VisitTypeSystem(typeSystem);
                    break;
                case ExecutableDefinitionNode executable:
                    VisitExecutable(executable);
                    break;
            }
        }
    }

    public DocumentNode Document { get; }

    public List<DirectiveSite> DirectiveSites { get; } = [];

    /// <summary>Type names referenced by type-system definitions, where the built-in types need no definition.</summary>
    public List<NamedTypeNode> TypeReferences { get; } = [];

    /// <summary>Type names referenced by operations and fragments.</summary>
    public List<NamedTypeNode> ExecutableTypeReferences { get; } = [];

    /// <summary>Arguments given to fields in executable definitions (directive arguments are on the directive nodes).</summary>
    public List<IReadOnlyList<ArgumentNode>> FieldArguments { get; } = [];

    /// <summary>Every value written in the document outside directive arguments (defaults, field arguments).</summary>
    public List<ValueNode> Values { get; } = [];

    public IEnumerable<DirectiveNode> AllDirectives => DirectiveSites.SelectMany(s => s.Directives);

    public IEnumerable<TypeDefinitionNode> TypeDefinitions =>
        Document.Definitions.OfType<TypeDefinitionNode>().Where(d => !d.IsExtension);

    public IEnumerable<DirectiveDefinitionNode> DirectiveDefinitions => Document.Definitions.OfType<DirectiveDefinitionNode>();

    private void AddSite(DirectiveLocation location, IReadOnlyList<DirectiveNode> directives, string? groupKey = null)
    {
        if (directives.Count > 0)
        {
            DirectiveSites.Add(new DirectiveSite(location, directives, groupKey));
        }
    }

    private void VisitTypeSystem(TypeSystemDefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                AddSite(DirectiveLocation.SCHEMA, schema.Directives, "schema");
                TypeReferences.AddRange(schema.OperationTypes.Select(o => o.Type));
                break;
            case DirectiveDefinitionNode directive:
                AddSite(DirectiveLocation.DIRECTIVE_DEFINITION, directive.Directives, "directive " + directive.Name.Value);
                VisitInputValues(directive.Arguments, DirectiveLocation.ARGUMENT_DEFINITION);
                break;
            case TypeDefinitionNode type:
                VisitType(type);
                break;
        }
    }

    private void VisitType(TypeDefinitionNode type)
    {
        var groupKey = "type " + type.Name.Value;
        switch (type)
        {
            case ScalarTypeDefinitionNode:
                AddSite(DirectiveLocation.SCALAR, type.Directives, groupKey);
                break;
            case FieldsTypeDefinitionNode fields:
                AddSite(fields is ObjectTypeDefinitionNode ? DirectiveLocation.OBJECT : DirectiveLocation.INTERFACE, type.Directives, groupKey);
                TypeReferences.AddRange(fields.Interfaces);
                foreach (var field in fields.Fields)
                {
                    AddSite(DirectiveLocation.FIELD_DEFINITION, field.Directives);
                    AddTypeReference(field.Type);
                    VisitInputValues(field.Arguments, DirectiveLocation.ARGUMENT_DEFINITION);
                }

                break;
            case UnionTypeDefinitionNode union:
                AddSite(DirectiveLocation.UNION, type.Directives, groupKey);
                TypeReferences.AddRange(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                AddSite(DirectiveLocation.ENUM, type.Directives, groupKey);
                foreach (var value in enumType.Values)
                {
                    AddSite(DirectiveLocation.ENUM_VALUE, value.Directives);
                }

                break;
            case InputObjectTypeDefinitionNode input:
                AddSite(DirectiveLocation.INPUT_OBJECT, type.Directives, groupKey);
                VisitInputValues(input.Fields, DirectiveLocation.INPUT_FIELD_DEFINITION);
                break;
        }
    }

    private void VisitInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            AddSite(location, value.Directives);
            AddTypeReference(value.Type);
            if (value.DefaultValue is not null)
            {
                Values.Add(value.DefaultValue);
            }
        }
    }

    private void AddTypeReference(TypeNode type, List<NamedTypeNode>? references = null)
    {
        switch (type)
        {
            case NamedTypeNode named:
                (references ?? TypeReferences).Add(named);
                break;
            case ListTypeNode list:
                AddTypeReference(list.Type, references);
                break;
            case NonNullTypeNode nonNull:
                AddTypeReference(nonNull.Type, references);
                break;
        }
    }
}
