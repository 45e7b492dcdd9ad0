using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>The variables that <c>@skip</c> and <c>@include</c> read anywhere in an operation and the fragments.</summary>
internal static class ConditionVariables
{
    public static string[] Find(OperationDefinitionNode operation, IEnumerable<FragmentDefinitionNode> fragments)
    {
        var names = new List<string>();
        Visit(operation.SelectionSet, names);
        foreach (var fragment in fragments)
        {
            Visit(fragment.SelectionSet, names);
        }

        return names.ToArray();
    }

    private static void Visit(SelectionSetNode selectionSet, List<string> names)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    AddVariables(directive, names);
                }
            }

            var child = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (child is not null)
            {
                Visit(child, names);
            }
        }
    }

    private static void AddVariables(DirectiveNode directive, List<string> names)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
            {
                names.Add(variable.Name.Value);
            }
        }
    }
}
