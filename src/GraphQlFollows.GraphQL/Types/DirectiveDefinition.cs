using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

public sealed class DirectiveDefinition : INamedElement
{
    private readonly List<DirectiveLocation> _locations = [];

    internal DirectiveDefinition(string name)
    {
        Name = name;
        Locations = _locations.AsReadOnly();
    }

    public string Name { get; }
    public string? Description { get; internal set; }
    public NamedCollection<InputValue> Arguments { get; } = new();
    public bool IsRepeatable { get; internal set; }

    /// <summary>Set by <c>@deprecated</c> on the directive's definition, as the reference implementation allows.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>The directives applied to the directive's definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    internal void AddLocation(DirectiveLocation location) => _locations.Add(location);
}
