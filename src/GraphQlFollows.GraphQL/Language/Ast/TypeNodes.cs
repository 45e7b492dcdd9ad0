
namespace GraphQlFollows.GraphQL.Language.Ast;

/// <summary>A type reference: a named type, a list or a non-null wrapper.</summary>
public abstract class TypeNode : Node;

public sealed class NamedTypeNode(NameNode name) : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;
    public NameNode Name { get; } = name;
}

public sealed class ListTypeNode(TypeNode type) : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;
    public TypeNode Type { get; } = type;
}

public sealed class NonNullTypeNode(TypeNode type) : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>A named or list type; never another non-null.</summary>
    public TypeNode Type { get; } = type;
}
