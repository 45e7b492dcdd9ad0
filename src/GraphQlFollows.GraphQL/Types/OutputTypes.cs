using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>Object and interface types: named types with fields that may implement interfaces.</summary>
public abstract class FieldsType(string name) : NamedType(name)
{
    public NamedCollection<FieldDefinition> Fields { get; } = new();
    public List<InterfaceType> Interfaces { get; } = [];
}

public sealed class ObjectType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional: tells whether a runtime value belongs to this type, for abstract types without a type resolver.</summary>
    public Func<object?, IResolverContext, bool>? IsTypeOf { get; set; }
}

public sealed class InterfaceType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Interface;
    public TypeResolver? ResolveType { get; set; }
}

public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;
    public List<ObjectType> Types { get; } = [];
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition(string name, IGraphQLType type) : INamedElement
{
    public string Name { get; } = name;
    public string? Description { get; set; }
    public IGraphQLType Type { get; set; } = type;
    public NamedCollection<InputValue> Arguments { get; } = new();
    public string? DeprecationReason { get; set; }
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Null: the schema's default resolver is used.</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>For fields of the subscription root type: makes the source stream of events.</summary>
    public SubscriptionSubscriber? Subscriber { get; set; }
}

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValue(string name, IGraphQLType type) : INamedElement
{
    public string Name { get; } = name;
    public string? Description { get; set; }
    public IGraphQLType Type { get; set; } = type;

    /// <summary>The default as written in SDL; null when there is none (a default of <c>null</c> is a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue { get; set; }

    public string? DeprecationReason { get; set; }
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];
    public InputValueDefinitionNode? AstNode { get; set; }
}
