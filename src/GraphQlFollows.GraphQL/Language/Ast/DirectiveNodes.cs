namespace GraphQlFollows.GraphQL.Language.Ast;

/// <summary>Finding a directive among those applied at one place, and an argument of it, by name.</summary>
internal static class DirectiveNodes
{
    public static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    public static ValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
