using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// For schemas that define <c>@defer</c> and <c>@stream</c>: subscriptions may hold them only where they can be
/// turned off (<c>if: false</c> or a variable), since each event is delivered whole. Selections that are surely
/// or possibly skipped are not looked at. Not a rule of the September 2025 specification.
/// graphql-js: <c>DeferStreamDirectiveOnValidOperationsRule</c>.
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperations(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription)
        {
            return;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        if (Check(node.SelectionSet, [], visited))
        {
            _checkedFragments.UnionWith(visited);
        }
    }

    /// <param name="spreads">The fragment spreads that led here, reported with the directive.</param>
    private bool Check(SelectionSetNode selectionSet, List<Node> spreads, HashSet<string> visited)
    {
        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            if (MayBeSkipped(selection))
            {
                continue;
            }

            foreach (var directive in selection.Directives)
            {
                var kind = directive.Name.Value switch { "defer" => "Defer", "stream" => "Stream", _ => null };
                if (kind is not null && !IncrementalDelivery.CanBeDisabled(directive))
                {
                    valid = false;
                    Context.ReportError(
                        $"{kind} directive not supported on subscription operations. Disable `@{directive.Name.Value}` by setting the `if` argument to `false`.",
                        [directive, .. Enumerable.Reverse(spreads)]);
                }
            }

            valid &= CheckBelow(selection, spreads, visited);
        }

        return valid;
    }

    private bool CheckBelow(SelectionNode selection, List<Node> spreads, HashSet<string> visited)
    {
        switch (selection)
        {
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (_checkedFragments.Contains(name) || !visited.Add(name) || Context.GetFragment(name) is not { } fragment)
                {
                    return true;
                }

                spreads.Add(spread);
                var valid = Check(fragment.SelectionSet, spreads, visited);
                spreads.RemoveAt(spreads.Count - 1);
                return valid;
            case FieldNode { SelectionSet: { } fieldSet }:
                return Check(fieldSet, spreads, visited);
            case InlineFragmentNode inline:
                return Check(inline.SelectionSet, spreads, visited);
            default:
                return true;
        }
    }

    /// <summary><c>@skip</c> without a literal false, or <c>@include</c> with anything but a literal true.</summary>
    private static bool MayBeSkipped(SelectionNode selection)
    {
        if (DirectiveNodes.Find(selection.Directives, "skip") is { } skip
            && DirectiveNodes.Argument(skip, "if") is not BooleanValueNode { Value: false })
        {
            return true;
        }

        return DirectiveNodes.Find(selection.Directives, "include") is { } include
            && DirectiveNodes.Argument(include, "if") is { } condition
            && condition is not BooleanValueNode { Value: true };
    }
}
