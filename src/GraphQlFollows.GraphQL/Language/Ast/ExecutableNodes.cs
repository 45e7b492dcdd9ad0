
namespace GraphQlFollows.GraphQL.Language.Ast;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public abstract NameNode? Name { get; }
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
    public abstract SelectionSetNode SelectionSet { get; }

    /// <summary>A description, as the September 2025 edition allows before operations and fragments.</summary>
    public StringValueNode? Description { get; init; }
}

public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;
    public OperationType Operation { get; } = operation;
    public override NameNode? Name { get; } = name;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : Node
{
    public override NodeKind Kind => NodeKind.VariableDefinition;
    public VariableNode Variable { get; } = variable;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public StringValueNode? Description { get; init; }
}

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections) : Node
{
    public override NodeKind Kind => NodeKind.SelectionSet;
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}

public abstract class SelectionNode : Node
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet) : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key of this field in the response: its alias, or else its name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

public sealed class ArgumentNode(NameNode name, ValueNode value) : Node
{
    public override NodeKind Kind => NodeKind.Argument;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}

public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives) : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;
    public NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;
    public override NameNode Name { get; } = name;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments) : Node
{
    public override NodeKind Kind => NodeKind.Directive;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
