using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>
/// Builds the schema model from valid SDL, as the reference's <c>buildASTSchema</c> does: every type definition with
/// its extensions, the directives (built-in ones added unless redefined), and the root types (from the schema
/// definition, or else by their default names). References that cannot be represented (a union member that is not
/// an object type, ...) are recorded as errors.
/// </summary>
internal sealed class SchemaFactory
{
    private readonly TypeSystemDocument _document;
    private readonly IReadOnlyDictionary<string, ScalarType> _boundScalars;
    private readonly SchemaErrors _errors;
    private readonly BuiltInDirectiveValues _directiveValues;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _definedTypes = [];

    public SchemaFactory(TypeSystemDocument document, IReadOnlyDictionary<string, ScalarType> boundScalars, SchemaErrors errors)
    {
        _document = document;
        _boundScalars = boundScalars;
        _errors = errors;
        _directiveValues = new BuiltInDirectiveValues(errors);
        foreach (var type in StandardTypes.All)
        {
            _types[type.Name] = type;
        }
    }

    public Schema Create()
    {
        CreateTypes();
        foreach (var type in _definedTypes)
        {
            new TypeFiller(this, type).Fill();
        }

        var schema = new Schema
        {
            Description = _document.SchemaDefinition?.Description?.Value,
            AstNode = _document.SchemaDefinition,
            ExtensionAstNodes = _document.SchemaExtensions.AsReadOnly(),
            AppliedDirectives = SchemaDirectives(),
        };
        AddDirectives(schema);
        new RootTypes(this, schema).Set();
        TypeCollector.Collect(schema, _definedTypes);
        return schema;
    }

    internal SchemaErrors Errors => _errors;

    internal BuiltInDirectiveValues DirectiveValues => _directiveValues;

    internal TypeSystemDocument Document => _document;

    internal IReadOnlyList<NamedType> DefinedTypes => _definedTypes;

    /// <summary>The type named by a reference; SDL validation has made sure it exists.</summary>
    internal NamedType NamedType(NamedTypeNode node) => _types[node.Name.Value];

    internal IGraphQLType Type(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(Type(nonNull.Type)),
        ListTypeNode list => new ListType(Type(list.Type)),
        _ => NamedType((NamedTypeNode)node),
    };

    private void CreateTypes()
    {
        foreach (var definition in _document.TypeDefinitions)
        {
            var name = definition.Name.Value;
            if (_types.TryGetValue(name, out var existing))
            {
                // A redefinition of a built-in type is replaced by the built-in, as in the reference.
                if (StandardTypes.Find(name) is not null && !_definedTypes.Contains(existing))
                {
                    _definedTypes.Add(existing);
                }

                continue;
            }

            var type = Create(definition);
            type.Description ??= definition.Description?.Value;
            type.AstNode = definition;
            type.ExtensionAstNodes = _document.ExtensionsOf(name);
            type.AppliedDirectives = [.. definition.Directives, .. type.ExtensionAstNodes.SelectMany(e => e.Directives)];
            _types.Add(name, type);
            _definedTypes.Add(type);
        }
    }

    private NamedType Create(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode => _boundScalars.GetValueOrDefault(definition.Name.Value) ?? new ScalarType(definition.Name.Value),
        ObjectTypeDefinitionNode => new ObjectType(definition.Name.Value),
        InterfaceTypeDefinitionNode => new InterfaceType(definition.Name.Value),
        UnionTypeDefinitionNode => new UnionType(definition.Name.Value),
        EnumTypeDefinitionNode => new EnumType(definition.Name.Value),
        InputObjectTypeDefinitionNode => new InputObjectType(definition.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(definition)),
    };

    private IReadOnlyList<DirectiveNode> SchemaDirectives() =>
    [
        .. _document.SchemaDefinition?.Directives ?? [],
        .. _document.SchemaExtensions.SelectMany(e => e.Directives),
    ];

    private void AddDirectives(Schema schema)
    {
        foreach (var node in _document.DirectiveDefinitions)
        {
            schema.Directives.Add(Directive(node));
        }

        foreach (var builtIn in BuiltInDirectives.All)
        {
            schema.Directives.Add(builtIn);
        }
    }

    private DirectiveDefinition Directive(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveDefinition(node.Name.Value)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            DeprecationReason = _directiveValues.DeprecationReason(node.Directives),
            AppliedDirectives = node.Directives,
            AstNode = node,
        };
        foreach (var location in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                directive.AddLocation(parsed);
            }
            else
            {
                _errors.Add($"Unexpected directive location \"{location.Value}\".", location);
            }
        }

        AddArguments(directive.Arguments, node.Arguments);
        return directive;
    }

    internal void AddArguments(NamedCollection<InputValue> target, IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            target.Add(new InputValue(node.Name.Value, Type(node.Type))
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
                DeprecationReason = _directiveValues.DeprecationReason(node.Directives),
                AppliedDirectives = node.Directives,
                AstNode = node,
            });
        }
    }
}
