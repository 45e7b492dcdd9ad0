using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

public sealed class DirectiveDefinition(string name) : INamedElement
{
    public string Name { get; } = name;
    public string? Description { get; set; }
    public NamedCollection<InputValue> Arguments { get; } = new();
    public bool IsRepeatable { get; set; }

    /// <summary>Set by <c>@deprecated</c> on the directive's definition, as the reference implementation allows.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>The directives applied to the directive's definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];

    public List<DirectiveLocation> Locations { get; } = [];
    public DirectiveDefinitionNode? AstNode { get; set; }
}
