using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// The specification's CollectFields: the fields a selection set asks of one object type, grouped by response key in
/// document order, with fragments expanded where their type condition applies and <c>@skip</c>/<c>@include</c> obeyed.
/// </summary>
internal sealed class FieldCollector(OperationPlan plan, ObjectType objectType)
{
    private readonly List<(string Key, List<FieldNode> Nodes)> _groups = [];
    private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);

    /// <summary>The grouped fields of several selection sets (the sub-selections of merged fields), in order.</summary>
    public List<(string Key, List<FieldNode> Nodes)> Collect(IEnumerable<SelectionSetNode> selectionSets)
    {
        foreach (var selectionSet in selectionSets)
        {
            Collect(selectionSet, new HashSet<string>(StringComparer.Ordinal));
        }

        return _groups;
    }

    private void Collect(SelectionSetNode selectionSet, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!plan.ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    Add(field);
                    break;
                case FragmentSpreadNode spread:
                    CollectFragment(spread, visitedFragments);
                    break;
                case InlineFragmentNode inline when DoesFragmentTypeApply(inline.TypeCondition):
                    Collect(inline.SelectionSet, visitedFragments);
                    break;
            }
        }
    }

    private void CollectFragment(FragmentSpreadNode spread, HashSet<string> visitedFragments)
    {
        var name = spread.Name.Value;
        if (!visitedFragments.Add(name) || !plan.Fragments.TryGetValue(name, out var fragment))
        {
            return;
        }

        if (DoesFragmentTypeApply(fragment.TypeCondition))
        {
            Collect(fragment.SelectionSet, visitedFragments);
        }
    }

    private void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        if (_indexByKey.TryGetValue(key, out var index))
        {
            _groups[index].Nodes.Add(field);
            return;
        }

        _indexByKey[key] = _groups.Count;
        _groups.Add((key, [field]));
    }

    private bool DoesFragmentTypeApply(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        return plan.Schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            NamedType abstractType when abstractType.IsAbstractType() => plan.Schema.IsSubType(abstractType, objectType),
            _ => false,
        };
    }
}
