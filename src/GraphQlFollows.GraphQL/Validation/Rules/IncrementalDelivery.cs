using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>What the rules about <c>@defer</c> and <c>@stream</c> share.</summary>
internal static class IncrementalDelivery
{
    public static DirectiveNode? FindDirective(SelectionNode selection, string name)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    public static ValueNode? FindArgument(DirectiveNode directive, string name)
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

    /// <summary>The <c>if</c> argument is a variable or the literal false: the directive may be turned off.</summary>
    public static bool CanBeDisabled(DirectiveNode directive) =>
        FindArgument(directive, "if") is VariableNode or BooleanValueNode { Value: false };
}
