
namespace GraphQlFollows.GraphQL.Language.Ast;

/// <summary>A definition or extension of the schema, a type or a directive.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>True for <c>extend ...</c> forms; their <see cref="Node.Kind"/> is the matching extension kind.</summary>
    public bool IsExtension { get; init; }
}

public sealed class SchemaDefinitionNode(IReadOnlyList<OperationTypeDefinitionNode> operationTypes) : TypeSystemDefinitionNode
{
    public override NodeKind Kind => IsExtension ? NodeKind.SchemaExtension : NodeKind.SchemaDefinition;
    public StringValueNode? Description { get; init; }
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type) : Node
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
}

/// <summary>A named type's definition or extension. Extensions have no description.</summary>
public abstract class TypeDefinitionNode(NameNode name) : TypeSystemDefinitionNode
{
    public NameNode Name { get; } = name;
    public StringValueNode? Description { get; init; }
}

public sealed class ScalarTypeDefinitionNode(NameNode name) : TypeDefinitionNode(name)
{
    public override NodeKind Kind => IsExtension ? NodeKind.ScalarTypeExtension : NodeKind.ScalarTypeDefinition;
}

/// <summary>Objects and interfaces share a shape: implemented interfaces and fields.</summary>
public abstract class FieldsTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeDefinitionNode(name)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

public sealed class ObjectTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<FieldDefinitionNode> fields) : FieldsTypeDefinitionNode(name, interfaces, fields)
{
    public override NodeKind Kind => IsExtension ? NodeKind.ObjectTypeExtension : NodeKind.ObjectTypeDefinition;
}

public sealed class InterfaceTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<FieldDefinitionNode> fields) : FieldsTypeDefinitionNode(name, interfaces, fields)
{
    public override NodeKind Kind => IsExtension ? NodeKind.InterfaceTypeExtension : NodeKind.InterfaceTypeDefinition;
}

public sealed class FieldDefinitionNode(
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives) : Node
{
    public override NodeKind Kind => NodeKind.FieldDefinition;
    public StringValueNode? Description { get; init; }
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public TypeNode Type { get; } = type;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode(
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : Node
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;
    public StringValueNode? Description { get; init; }
    public NameNode Name { get; } = name;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class UnionTypeDefinitionNode(NameNode name, IReadOnlyList<NamedTypeNode> types) : TypeDefinitionNode(name)
{
    public override NodeKind Kind => IsExtension ? NodeKind.UnionTypeExtension : NodeKind.UnionTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

public sealed class EnumTypeDefinitionNode(NameNode name, IReadOnlyList<EnumValueDefinitionNode> values) : TypeDefinitionNode(name)
{
    public override NodeKind Kind => IsExtension ? NodeKind.EnumTypeExtension : NodeKind.EnumTypeDefinition;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

public sealed class EnumValueDefinitionNode(NameNode name, IReadOnlyList<DirectiveNode> directives) : Node
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;
    public StringValueNode? Description { get; init; }
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class InputObjectTypeDefinitionNode(NameNode name, IReadOnlyList<InputValueDefinitionNode> fields) : TypeDefinitionNode(name)
{
    public override NodeKind Kind => IsExtension ? NodeKind.InputObjectTypeExtension : NodeKind.InputObjectTypeDefinition;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

public sealed class DirectiveDefinitionNode(
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations) : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;
    public StringValueNode? Description { get; init; }
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public bool Repeatable { get; } = repeatable;
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
