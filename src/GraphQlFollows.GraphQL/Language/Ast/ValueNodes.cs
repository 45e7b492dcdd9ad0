
namespace GraphQlFollows.GraphQL.Language.Ast;

public abstract class ValueNode : Node;

public sealed class VariableNode(NameNode name) : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;
    public NameNode Name { get; } = name;
}

/// <summary>An integer literal, kept as its source text so that no precision is lost before coercion.</summary>
public sealed class IntValueNode(string value) : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;
    public string Value { get; } = value;
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode(string value) : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;
    public string Value { get; } = value;
}

/// <summary>A string literal with escapes resolved (and, for block strings, indentation removed).</summary>
public sealed class StringValueNode(string value, bool block = false) : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;
    public string Value { get; } = value;
    public bool Block { get; } = block;
}

public sealed class BooleanValueNode(bool value) : ValueNode
{
    public static readonly BooleanValueNode True = new(true);
    public static readonly BooleanValueNode False = new(false);

    public override NodeKind Kind => NodeKind.BooleanValue;
    public bool Value { get; } = value;
}

public sealed class NullValueNode : ValueNode
{
    public static readonly NullValueNode Instance = new();

    public override NodeKind Kind => NodeKind.NullValue;
}

public sealed class EnumValueNode(string value) : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;
    public string Value { get; } = value;
}

public sealed class ListValueNode(IReadOnlyList<ValueNode> values) : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;
    public IReadOnlyList<ValueNode> Values { get; } = values;
}

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields) : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}

public sealed class ObjectFieldNode(NameNode name, ValueNode value) : Node
{
    public override NodeKind Kind => NodeKind.ObjectField;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
