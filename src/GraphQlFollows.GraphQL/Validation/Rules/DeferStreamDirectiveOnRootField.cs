using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// For schemas that define <c>@defer</c> and <c>@stream</c>: neither applies to the root fields of mutations and
/// subscriptions, whose order of execution and single event must stay whole. Not a rule of the September 2025 specification.
/// graphql-js: <c>DeferStreamDirectiveOnRootFieldRule</c>.
/// </summary>
public sealed class DeferStreamDirectiveOnRootField(ValidationContext context) : ValidationRule(context)
{
    /// <summary>Fragments found free of such directives, not to be walked again.</summary>
    private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Operation == OperationType.Query || Context.Schema.GetRootType(node.Operation) is not { } rootType)
        {
            return;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var where = $"root {node.Operation.ToString().ToLowerInvariant()} type \"{rootType.Name}\"";
        if (Check(node.SelectionSet, where, visited))
        {
            _checkedFragments.UnionWith(visited);
        }
    }

    /// <summary>Reports the directives at the root level; true when there were none.</summary>
    private bool Check(SelectionSetNode selectionSet, string where, HashSet<string> visited)
    {
        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    valid &= !Report(DirectiveNodes.Find(field.Directives, "stream"), "Stream", where);
                    break;
                case FragmentSpreadNode spread:
                    if (!visited.Add(spread.Name.Value) || Context.GetFragment(spread.Name.Value) is not { } fragment)
                    {
                        break;
                    }

                    valid &= !Report(DirectiveNodes.Find(spread.Directives, "defer"), "Defer", where);
                    if (!_checkedFragments.Contains(spread.Name.Value))
                    {
                        valid &= Check(fragment.SelectionSet, where, visited);
                    }

                    break;
                case InlineFragmentNode inline:
                    valid &= !Report(DirectiveNodes.Find(inline.Directives, "defer"), "Defer", where);
                    valid &= Check(inline.SelectionSet, where, visited);
                    break;
            }
        }

        return valid;
    }

    private bool Report(DirectiveNode? directive, string kind, string where)
    {
        if (directive is null)
        {
            return false;
        }

        Context.ReportError($"{kind} directive cannot be used on {where}.", directive);
        return true;
    }
}
