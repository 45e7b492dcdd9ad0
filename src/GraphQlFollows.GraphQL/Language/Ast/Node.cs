
namespace GraphQlFollows.GraphQL.Language.Ast;

/// <summary>Where a node stands in its source: character offsets and the 1-based line and column of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>The base of every AST node.</summary>
public abstract class Node
{
    public abstract NodeKind Kind { get; }

    /// <summary>Null for nodes built by code rather than parsed.</summary>
    public Location? Location { get; init; }
}

/// <summary>Every kind of node, so that walkers can switch without type tests.</summary>
public enum NodeKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

public sealed class NameNode(string value) : Node
{
    public override NodeKind Kind => NodeKind.Name;
    public string Value { get; } = value;
    public override string ToString() => Value;
}

public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions) : Node
{
    public override NodeKind Kind => NodeKind.Document;
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}

/// <summary>A top-level definition: executable (operations, fragments) or type system.</summary>
public abstract class DefinitionNode : Node;
