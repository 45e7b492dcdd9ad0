using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>
/// A built schema: its root operation types, every named type (built-in scalars and introspection types included)
/// and every directive. Only <see cref="SchemaBuilder"/> makes and changes one: once built it is sealed, which
/// execution plans and caches keyed by the identity of its types and fields rely on.
/// </summary>
public sealed class Schema
{
    private Dictionary<InterfaceType, Implementations> _implementations = [];
    private Dictionary<UnionType, HashSet<ObjectType>> _unionMembers = [];

    internal Schema()
    {
    }

    public string? Description { get; internal set; }
    public ObjectType? QueryType { get; internal set; }
    public ObjectType? MutationType { get; internal set; }
    public ObjectType? SubscriptionType { get; internal set; }
    public NamedCollection<NamedType> Types { get; } = new();
    public NamedCollection<DirectiveDefinition> Directives { get; } = new();
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];
    public SchemaDefinitionNode? AstNode { get; internal set; }
    public IReadOnlyList<SchemaDefinitionNode> ExtensionAstNodes { get; internal set; } = [];

    /// <summary>The resolver of fields that have none of their own.</summary>
    public FieldResolver DefaultFieldResolver { get; internal set; } = DefaultResolvers.Property;

    /// <summary>The type resolver of abstract types that have none of their own.</summary>
    public TypeResolver? DefaultTypeResolver { get; internal set; }

    public NamedType? GetType(string name) => Types[name];

    public DirectiveDefinition? GetDirective(string name) => Directives[name];

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type can be at run time; for an object type, itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType o => [o],
        UnionType u => u.Types,
        InterfaceType i => _implementations.TryGetValue(i, out var found) ? found.Objects : FindImplementations(i).Objects,
        _ => [],
    };

    /// <summary>True when <paramref name="maybeSubType"/> is a possible type, or an implementing interface, of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType u => maybeSubType is ObjectType o && (_unionMembers.TryGetValue(u, out var members) ? members.Contains(o) : u.Types.Contains(o)),
        InterfaceType i => maybeSubType is FieldsType f
            && (_implementations.TryGetValue(i, out var found) ? found.All : FindImplementations(i).All).Contains(f),
        _ => false,
    };

    /// <summary>A schema without types that knows the built-in directives: what type system documents are checked against.</summary>
    internal static Schema WithBuiltInDirectivesOnly()
    {
        var schema = new Schema();
        foreach (var directive in BuiltInDirectives.All)
        {
            schema.Directives.Add(directive);
        }

        return schema;
    }

    /// <summary>
    /// Records, for every interface and union, the types that implement it or belong to it, so that the lookups
    /// execution and validation make are reads of immutable maps. Called once the schema is complete.
    /// </summary>
    internal void ComputePossibleTypes()
    {
        _implementations = Types.OfType<InterfaceType>().ToDictionary(i => i, FindImplementations);
        _unionMembers = Types.OfType<UnionType>().ToDictionary(u => u, u => u.Types.ToHashSet());
    }

    private Implementations FindImplementations(InterfaceType iface)
    {
        var implementing = Types.OfType<FieldsType>().Where(t => t.Interfaces.Contains(iface)).ToList();
        return new Implementations(implementing.OfType<ObjectType>().ToArray(), implementing.ToHashSet());
    }

    /// <summary>The object types that implement an interface, and all types (objects and interfaces) that do.</summary>
    private sealed record Implementations(IReadOnlyList<ObjectType> Objects, HashSet<FieldsType> All);
}
