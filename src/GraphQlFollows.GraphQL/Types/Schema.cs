using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>
/// A built schema: its root operation types, every named type (built-in scalars and introspection types included)
/// and every directive. Built from SDL; treat as read-only once built.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];

    public string? Description { get; set; }
    public ObjectType? QueryType { get; set; }
    public ObjectType? MutationType { get; set; }
    public ObjectType? SubscriptionType { get; set; }
    public NamedCollection<NamedType> Types { get; } = new();
    public NamedCollection<DirectiveDefinition> Directives { get; } = new();
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];
    public SchemaDefinitionNode? AstNode { get; set; }
    public IReadOnlyList<SchemaDefinitionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>The resolver of fields that have none of their own.</summary>
    public FieldResolver DefaultFieldResolver { get; set; } = DefaultResolvers.Property;

    /// <summary>The type resolver of abstract types that have none of their own.</summary>
    public TypeResolver? DefaultTypeResolver { get; set; }

    public NamedType? GetType(string name) => Types[name];

    public DirectiveDefinition? GetDirective(string name) => Directives[name];

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type can be at run time; for an object type, itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type)
    {
        lock (_possibleTypes)
        {
            if (!_possibleTypes.TryGetValue(type, out var types))
            {
                types = type switch
                {
                    ObjectType o => [o],
                    UnionType u => u.Types,
                    InterfaceType i => Types.OfType<ObjectType>().Where(o => Implements(o, i)).ToArray(),
                    _ => [],
                };
                _possibleTypes[type] = types;
            }

            return types;
        }
    }

    /// <summary>True when <paramref name="maybeSubType"/> is a possible type, or an implementing interface, of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType u => maybeSubType is ObjectType o && u.Types.Contains(o),
        InterfaceType i => maybeSubType is FieldsType f && Implements(f, i),
        _ => false,
    };

    private static bool Implements(FieldsType type, InterfaceType iface) => type.Interfaces.Contains(iface);
}
