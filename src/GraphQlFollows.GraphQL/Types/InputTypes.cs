using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

public sealed class EnumType : NamedType
{
    internal EnumType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;
    public NamedCollection<EnumValue> Values { get; } = new();
}

/// <summary>An enum value: its name in GraphQL and the value resolvers see (by default, the name itself).</summary>
public sealed class EnumValue : INamedElement
{
    internal EnumValue(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }
    public object? Value { get; internal set; }
    public string? Description { get; internal set; }
    public string? DeprecationReason { get; internal set; }
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];
    public EnumValueDefinitionNode? AstNode { get; internal set; }
}

public sealed class InputObjectType : NamedType
{
    internal InputObjectType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;
    public NamedCollection<InputValue> Fields { get; } = new();

    /// <summary>Marked <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }
}
