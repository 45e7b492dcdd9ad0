using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>Object and interface types: named types with fields that may implement interfaces.</summary>
public abstract class FieldsType : NamedType
{
    private readonly List<InterfaceType> _interfaces = [];

    private protected FieldsType(string name)
        : base(name) => Interfaces = _interfaces.AsReadOnly();

    public NamedCollection<FieldDefinition> Fields { get; } = new();

    public IReadOnlyList<InterfaceType> Interfaces { get; }

    internal void AddInterface(InterfaceType iface) => _interfaces.Add(iface);
}

public sealed class ObjectType : FieldsType
{
    internal ObjectType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional: tells whether a runtime value belongs to this type, for abstract types without a type resolver.</summary>
    public Func<object?, IResolverContext, bool>? IsTypeOf { get; internal set; }
}

public sealed class InterfaceType : FieldsType
{
    internal InterfaceType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;
    public TypeResolver? ResolveType { get; internal set; }
}

public sealed class UnionType : NamedType
{
    private readonly List<ObjectType> _types = [];

    internal UnionType(string name)
        : base(name) => Types = _types.AsReadOnly();

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; }

    internal void AddType(ObjectType member) => _types.Add(member);
    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition : INamedElement
{
    internal FieldDefinition(string name, IGraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }
    public string? Description { get; internal set; }
    public IGraphQLType Type { get; internal set; }
    public NamedCollection<InputValue> Arguments { get; } = new();
    public string? DeprecationReason { get; internal set; }
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];
    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>Null: the schema's default resolver is used.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For fields of the subscription root type: makes the source stream of events.</summary>
    public SubscriptionSubscriber? Subscriber { get; internal set; }
}

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValue : INamedElement
{
    internal InputValue(string name, IGraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }
    public string? Description { get; internal set; }
    public IGraphQLType Type { get; internal set; }

    /// <summary>The default as written in SDL; null when there is none (a default of <c>null</c> is a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public string? DeprecationReason { get; internal set; }
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];
    public InputValueDefinitionNode? AstNode { get; internal set; }
}
