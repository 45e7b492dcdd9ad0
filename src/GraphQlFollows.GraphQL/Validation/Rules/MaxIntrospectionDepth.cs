using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Refuses introspection queries that nest the list fields of introspection types (fields, interfaces,
/// possible types, input fields) three deep: answering them costs far more than any tool needs.
/// Not a rule of the specification; the reference implementation applies it by default.
/// graphql-js: <c>MaxIntrospectionDepthRule</c>.
/// </summary>
public sealed class MaxIntrospectionDepth(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListsDepth = 3;

    /// <summary>The depth at which a fragment was found not to exceed the limit, or to exceed it.</summary>
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    /// <summary>A field already reported: what it holds is not checked again.</summary>
    private FieldNode? _reported;

    public override RuleHooks Hooks => RuleHooks.Field;

    public override void EnterField(FieldNode node)
    {
        if (_reported is not null || node.Name.Value is not ("__schema" or "__type"))
        {
            return;
        }

        if (ExceedsDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            Context.ReportError("Maximum introspection depth exceeded", node);
            _reported = node;
        }
    }

    public override void LeaveField(FieldNode node)
    {
        if (ReferenceEquals(node, _reported))
        {
            _reported = null;
        }
    }

    private bool ExceedsDepth(SelectionNode node, Dictionary<string, int> visited, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case FragmentSpreadNode spread:
                return SpreadExceedsDepth(spread.Name.Value, visited, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                return field.SelectionSet is { } set && AnyExceedsDepth(set, visited, depth);
            case InlineFragmentNode inline:
                return AnyExceedsDepth(inline.SelectionSet, visited, depth);
            default:
                return false;
        }
    }

    private bool SpreadExceedsDepth(string name, Dictionary<string, int> visited, int depth)
    {
        if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
        {
            return true;
        }

        // A fragment already walked at this depth or deeper cannot exceed the limit now.
        if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
            || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)
            || Context.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        visited[name] = depth;
        if (AnyExceedsDepth(fragment.SelectionSet, visited, depth))
        {
            _exceeded[name] = depth;
            return true;
        }

        _checked[name] = depth;
        return false;
    }

    private bool AnyExceedsDepth(SelectionSetNode set, Dictionary<string, int> visited, int depth)
    {
        foreach (var selection in set.Selections)
        {
            if (ExceedsDepth(selection, visited, depth))
            {
                return true;
            }
        }

        return false;
    }
}
