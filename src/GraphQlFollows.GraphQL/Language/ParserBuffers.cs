using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>One <see cref="NodeBuffer{T}"/> per kind of list in the AST, reused by every parse on a thread.</summary>
internal sealed class ParserBuffers
{
    [ThreadStatic]
    private static ParserBuffers? _current;

    public static ParserBuffers Current => _current ??= new ParserBuffers();

    public NodeBuffer<DefinitionNode> Definitions { get; } = new();
    public NodeBuffer<SelectionNode> Selections { get; } = new();
    public NodeBuffer<ArgumentNode> Arguments { get; } = new();
    public NodeBuffer<DirectiveNode> Directives { get; } = new();
    public NodeBuffer<VariableDefinitionNode> VariableDefinitions { get; } = new();
    public NodeBuffer<ValueNode> Values { get; } = new();
    public NodeBuffer<ObjectFieldNode> ObjectFields { get; } = new();
    public NodeBuffer<NamedTypeNode> NamedTypes { get; } = new();
    public NodeBuffer<OperationTypeDefinitionNode> OperationTypes { get; } = new();
    public NodeBuffer<FieldDefinitionNode> FieldDefinitions { get; } = new();
    public NodeBuffer<InputValueDefinitionNode> InputValueDefinitions { get; } = new();
    public NodeBuffer<EnumValueDefinitionNode> EnumValueDefinitions { get; } = new();
    public NodeBuffer<NameNode> Names { get; } = new();

    /// <summary>Empties every buffer after a parse that failed half-way.</summary>
    public void Reset()
    {
        Definitions.Reset();
        Selections.Reset();
        Arguments.Reset();
        Directives.Reset();
        VariableDefinitions.Reset();
        Values.Reset();
        ObjectFields.Reset();
        NamedTypes.Reset();
        OperationTypes.Reset();
        FieldDefinitions.Reset();
        InputValueDefinitions.Reset();
        EnumValueDefinitions.Reset();
        Names.Reset();
    }
}
